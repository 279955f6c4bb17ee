package io.github.govaudit.crawl;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The links a page shows in its markup: anchors, image-map areas and frames. Relative links are
 * resolved against the page's base (its {@code <base href>} or URL) parsed once per page, which is
 * many times cheaper than jsoup's {@code absUrl} on every link.
 */
public final class AnchorLinks implements LinkSource {

  @Override
  public List<Link> links(String url, Document doc) {
    URL base = base(url, doc);
    List<Link> links = new ArrayList<>();
    if (base == null) {
      return links;
    }
    for (Element a : doc.select("a[href], area[href]")) {
      add(links, resolve(base, a.attr("href")), a);
    }
    for (Element f : doc.select("frame[src], iframe[src]")) {
      String target = resolve(base, f.attr("src"));
      if (target != null) {
        links.add(new Link(target, f.attr("title")));
      }
    }
    return links;
  }

  private static URL base(String url, Document doc) {
    String b = doc.baseUri().isEmpty() ? url : doc.baseUri();
    try {
      return new URL(b);
    } catch (MalformedURLException e) {
      try {
        return new URL(url);
      } catch (MalformedURLException again) {
        return null;
      }
    }
  }

  /** The absolute http(s) URL {@code href} points to, without its fragment, or null. */
  static String resolve(URL base, String href) {
    String h = withoutControlChars(href).strip();
    if (h.isEmpty() || h.charAt(0) == '#') {
      return null;
    }
    String lower = h.length() > 8 ? h.substring(0, 8).toLowerCase(Locale.ROOT) : h.toLowerCase(Locale.ROOT);
    String absolute;
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      absolute = h;
    } else if (hasScheme(h)) {
      return null; // javascript:, mailto:, tel:, data: …
    } else {
      try {
        absolute = new URL(base, h.startsWith("?") ? base.getPath() + h : h).toExternalForm();
      } catch (MalformedURLException | IllegalArgumentException e) {
        return null;
      }
    }
    int hash = absolute.indexOf('#');
    String target = hash < 0 ? absolute : absolute.substring(0, hash);
    String t = target.toLowerCase(Locale.ROOT);
    return t.startsWith("http://") || t.startsWith("https://") ? target : null;
  }

  /** Whether {@code h} starts with a URL scheme ({@code letter (letter | digit | + - .)* :}). */
  private static boolean hasScheme(String h) {
    for (int i = 0; i < h.length(); i++) {
      char c = h.charAt(i);
      if (c == ':') {
        return i > 0;
      }
      boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
      if (!letter && (i == 0 || !(c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'))) {
        return false;
      }
    }
    return false;
  }

  private static String withoutControlChars(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < 0x20) {
        StringBuilder b = new StringBuilder(s.length());
        s.chars().filter(c -> c >= 0x20).forEach(c -> b.append((char) c));
        return b.toString();
      }
    }
    return s;
  }

  private static void add(List<Link> links, String target, Element a) {
    if (target != null) {
      links.add(new Link(target, anchorText(a)));
    }
  }

  private static String anchorText(Element a) {
    String text = a.text();
    if (text.isBlank()) {
      text = a.attr("title");
    }
    if (text.isBlank()) {
      Element img = a.selectFirst("img[alt]");
      text = img == null ? "" : img.attr("alt");
    }
    return text;
  }
}
