package io.github.govaudit.crawl;

/**
 * The family of URLs a crawler trap varies: a URL's host and path with every number left out
 * (with the {@code _} or {@code -} before it), whatever its query. A calendar's days and weeks
 * ({@code /cal/index.html?date=2026-12-04&view=week}), a list's pages ({@code index.html},
 * {@code index_2.html}, {@code list.jsp?page=3}) and their sort orders ({@code index_2.html?sort=title})
 * each make one family. Only URLs that vary — a number in the path or a query — have one.
 */
final class UrlPattern {

  private UrlPattern() {}

  /** The family of {@code url}, or null when nothing in it varies (no number in the path, no query). */
  static String of(String url) {
    return key(url, true);
  }

  /** The family {@code url} would belong to if it varied: its host and path without numbers. */
  static String familyOf(String url) {
    return key(url, false);
  }

  private static String key(String url, boolean onlyIfVaries) {
    int start = url.indexOf("://");
    start = start < 0 ? 0 : start + 3;
    int pathStart = url.indexOf('/', start);
    StringBuilder p = new StringBuilder(url.length());
    boolean varies = false;
    for (int i = start; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '?' || c == '#') {
        varies |= c == '?';
        break;
      }
      boolean inPath = pathStart >= 0 && i >= pathStart;
      if (inPath && isDigit(c)) {
        varies = true;
        continue;
      }
      if (inPath && (c == '_' || c == '-') && i + 1 < url.length() && isDigit(url.charAt(i + 1))) {
        continue;
      }
      p.append(c);
    }
    return varies || !onlyIfVaries ? p.toString() : null;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A readable name for where a URL sits, for cuts of URLs that have no family. */
  static String shapeOf(String url) {
    String pattern = of(url);
    if (pattern != null) {
      return pattern;
    }
    int start = url.indexOf("://");
    return start < 0 ? url : url.substring(start + 3);
  }
}
