package io.github.govaudit.crawl;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Puts URLs in one canonical form (host case, default port, dot segments, escaping, no fragment,
 * query parameters sorted, session ids removed), so that the same page found by two links,
 * stored, and listed in a column compares equal. Remembers recent answers: a site's navigation
 * links recur on every page, and normalising a URL costs more than fetching its canonical form
 * from memory, and most URLs of a site (its articles' paths) are plain and canonical already: those
 * are known by a look at their characters. Thread-safe.
 */
public final class UrlNormalizer {

  /** Answers remembered at most; the memory is emptied when it fills (a few MB). */
  private static final int REMEMBERED = 20_000;

  private static final String NOT_A_URL = "";

  private final BasicURLNormalizer normalizer = BasicURLNormalizer.newBuilder().build();
  private final SessionIds sessions = new SessionIds();
  private final Map<String, String> remembered = new ConcurrentHashMap<>();

  /** The canonical form of {@code url}, or empty when it is not a usable URL. */
  public Optional<String> normalize(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    if (isPlain(url)) {
      return Optional.of(url);
    }
    String known = remembered.get(url);
    if (known == null) {
      known = fully(url);
      if (remembered.size() >= REMEMBERED) {
        remembered.clear();
      }
      remembered.put(url, known);
    }
    return known.isEmpty() ? Optional.empty() : Optional.of(known);
  }

  /** The canonical form of {@code url} by every rule, or empty text when it is not a usable URL. */
  String fully(String url) {
    String canonical = normalizer.filter(sessions.strip(url.strip()).url());
    return canonical == null ? NOT_A_URL : canonical;
  }

  /** The canonical form of {@code url}, or {@code url} itself when it cannot be normalised. */
  public String normalizeOrKeep(String url) {
    return normalize(url).orElse(url);
  }

  /**
   * Whether {@code url} is canonical as it is: {@code http} or {@code https}, a lower-case host with
   * no default port, and a path of letters, digits and {@code / _ . -} without empty or dot
   * segments, no query, no fragment. Anything else goes through the full normalisation.
   */
  static boolean isPlain(String url) {
    int hostStart = url.startsWith("http://") ? 7 : url.startsWith("https://") ? 8 : -1;
    if (hostStart < 0) {
      return false;
    }
    int pathStart = url.indexOf('/', hostStart);
    return pathStart > hostStart && isPlainAuthority(url, hostStart, pathStart, hostStart == 7 ? "80" : "443")
        && isPlainPath(url, pathStart);
  }

  private static boolean isPlainAuthority(String url, int from, int to, String defaultPort) {
    int colon = url.indexOf(':', from);
    int hostEnd = colon >= 0 && colon < to ? colon : to;
    if (hostEnd == from || url.charAt(from) == '.' || url.charAt(hostEnd - 1) == '.') {
      return false;
    }
    for (int i = from; i < hostEnd; i++) {
      char c = url.charAt(i);
      boolean ok = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' && url.charAt(i - 1) != '.';
      if (!ok) {
        return false;
      }
    }
    if (hostEnd == to) {
      return true;
    }
    int portStart = hostEnd + 1;
    int digits = to - portStart;
    if (digits < 1 || digits > 5 || url.charAt(portStart) == '0'
        || url.regionMatches(portStart, defaultPort, 0, defaultPort.length()) && digits == defaultPort.length()) {
      return false;
    }
    for (int i = portStart; i < to; i++) {
      if (url.charAt(i) < '0' || url.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isPlainPath(String url, int from) {
    int segmentStart = from + 1;
    for (int i = from + 1; i <= url.length(); i++) {
      char c = i == url.length() ? '/' : url.charAt(i);
      if (c == '/') {
        int length = i - segmentStart;
        boolean dots = length == 1 && url.charAt(segmentStart) == '.'
            || length == 2 && url.charAt(segmentStart) == '.' && url.charAt(segmentStart + 1) == '.';
        if (length == 0 && i < url.length() || dots) {
          return false;
        }
        segmentStart = i + 1;
      } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.'
          || c == '-')) {
        return false;
      }
    }
    return true;
  }
}
