package io.github.govaudit.page;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Resolves the {@code href} of the links of one page to absolute URLs, with exactly the result of
 * jsoup's {@link Element#absUrl(String)} but without its cost on every call (a regex and up to
 * three {@code java.net.URL}s): each base URL is parsed once; an href that is already a plain
 * absolute http(s) URL is its own result; a plain root-relative ({@code /a/b.html}) or
 * folder-relative ({@code b.html}, {@code ./b.html}) href is appended to the base's origin or
 * folder; anything else (dot segments, query-only, schemes, spaces, non-ASCII …) is left to jsoup,
 * once per distinct href. Not thread-safe: one instance serves one page.
 */
final class Hrefs {

  private static final String HREF = "href";
  /** The longest port a plain absolute URL may carry; longer numbers are left to jsoup. */
  private static final int MAX_PORT_DIGITS = 5;

  private final Map<String, Base> bases = new HashMap<>();

  /** The absolute URL of {@code e}'s href, as {@code e.absUrl("href")} gives it. */
  String absolute(Element e) {
    if (!e.hasAttr(HREF)) {
      return "";
    }
    String href = e.attr(HREF);
    if (isPlainAbsolute(href)) {
      return href;
    }
    Base base = bases.computeIfAbsent(e.baseUri(), Base::new);
    String plain = base.resolvePlain(href);
    return plain != null ? plain : base.slow.computeIfAbsent(href, h -> e.absUrl(HREF));
  }

  /**
   * An {@code http://} or {@code https://} URL of plain characters with a plain host and port, whose
   * path does not start with a dot segment: {@code java.net.URL} and jsoup give it back unchanged.
   */
  static boolean isPlainAbsolute(String href) {
    int start = href.startsWith("http://") ? 7 : href.startsWith("https://") ? 8 : -1;
    if (start < 0 || !isPlain(href)) {
      return false;
    }
    int n = href.length();
    int end = start;
    while (end < n && href.charAt(end) != '/' && href.charAt(end) != '?' && href.charAt(end) != '#') {
      end++;
    }
    return isPlainAuthority(href, start, end) && !startsWithDotSegment(href, end);
  }

  /** Printable ASCII without spaces and backslashes: nothing jsoup strips or java.net.URL trims. */
  private static boolean isPlain(String href) {
    for (int i = 0; i < href.length(); i++) {
      char c = href.charAt(i);
      if (c <= ' ' || c >= 0x7f || c == '\\') {
        return false;
      }
    }
    return true;
  }

  /** A host of letters, digits, dots and hyphens, with an optional port without leading zero. */
  private static boolean isPlainAuthority(String s, int start, int end) {
    int colon = -1;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c == ':') {
        if (colon >= 0) {
          return false;
        }
        colon = i;
      } else if (colon >= 0 ? !(c >= '0' && c <= '9') : !(isAsciiLetterOrDigit(c) || c == '.' || c == '-')) {
        return false;
      }
    }
    if (colon < 0) {
      return end > start;
    }
    int digits = end - colon - 1;
    return colon > start && digits >= 1 && digits <= MAX_PORT_DIGITS && s.charAt(colon + 1) != '0';
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /** jsoup drops {@code /./} and {@code /../} at the start of a resolved path. */
  private static boolean startsWithDotSegment(String s, int at) {
    return s.startsWith("/./", at) || s.startsWith("/../", at);
  }

  /** One base URL, parsed once, with the results jsoup gave for its unusual hrefs. */
  private static final class Base {

    /** Scheme and authority as jsoup prints them ({@code http://host:port}), or null. */
    private final String origin;
    /** The base path up to its last slash, when it has no dot segment; else null. */
    private final String folder;
    private final Map<String, String> slow = new HashMap<>();

    Base(String baseUri) {
      String origin = null;
      String folder = null;
      try {
        URL base = new URL(withoutControlChars(baseUri));
        origin = new URL(base.getProtocol(), base.getHost(), base.getPort(), "").toExternalForm();
        String path = base.getPath();
        int slash = path.lastIndexOf('/');
        if (path.startsWith("/") && slash >= 0 && !path.substring(0, slash + 1).contains("/.")) {
          folder = path.substring(0, slash + 1);
        }
      } catch (MalformedURLException e) {
        origin = null; // every href of this base goes to jsoup, which knows what to do without a base
      }
      this.origin = origin;
      this.folder = origin == null ? null : folder;
    }

    /** The resolved URL of a plain root- or folder-relative href, or null when jsoup must resolve it. */
    String resolvePlain(String href) {
      if (origin == null || href.isEmpty() || !isPlain(href)) {
        return null;
      }
      if (href.charAt(0) == '/') {
        boolean plain = !href.startsWith("//") && !startsWithDotSegment(href, 0);
        return plain ? origin + href : null;
      }
      int colon = href.indexOf(':');
      int slash = href.indexOf('/');
      if (folder == null || href.charAt(0) == '?' || href.charAt(0) == '#' || colon >= 0 && (slash < 0 || colon < slash)) {
        return null;
      }
      String rest = href.startsWith("./") ? href.substring(2) : href;
      int pathEnd = 0;
      while (pathEnd < rest.length() && rest.charAt(pathEnd) != '?' && rest.charAt(pathEnd) != '#') {
        pathEnd++;
      }
      String path = rest.substring(0, pathEnd);
      if (path.isEmpty() || path.startsWith("/") || path.contains("./") || path.endsWith(".")) {
        return null;
      }
      return origin + folder + rest;
    }
  }

  /** jsoup strips ASCII control characters from URLs before resolving them. */
  private static String withoutControlChars(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < ' ') {
        StringBuilder sb = new StringBuilder(s.length());
        for (int j = 0; j < s.length(); j++) {
          if (s.charAt(j) >= ' ') {
            sb.append(s.charAt(j));
          }
        }
        return sb.toString();
      }
    }
    return s;
  }
}
