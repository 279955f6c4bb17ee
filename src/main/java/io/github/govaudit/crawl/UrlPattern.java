package io.github.govaudit.crawl;

/**
 * The shape a crawler trap varies: a URL's host and path with every run of digits written
 * {@code #}, and {@code ?} when it has a query (whatever its parameters). A calendar's days
 * ({@code /cal/index.html?date=2026-12-04}, {@code …&view=week}), an endless pager
 * ({@code list_412.html}) or sort orders of one list each share one pattern.
 */
final class UrlPattern {

  private UrlPattern() {}

  /** The pattern of {@code url}, or null when nothing in it varies (no digits in the path, no query). */
  static String of(String url) {
    int start = url.indexOf("://");
    start = start < 0 ? 0 : start + 3;
    StringBuilder p = new StringBuilder(url.length());
    boolean varies = false;
    boolean inDigits = false;
    int pathStart = url.indexOf('/', start);
    for (int i = start; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '?' || c == '#') {
        varies |= c == '?';
        if (c == '?') {
          p.append('?');
        }
        break;
      }
      boolean digit = c >= '0' && c <= '9' && pathStart >= 0 && i > pathStart;
      if (digit) {
        if (!inDigits) {
          p.append('#');
        }
        varies = true;
      } else {
        p.append(c);
      }
      inDigits = digit;
    }
    return varies ? p.toString() : null;
  }

  /** A readable name for where a URL sits, for cuts of URLs that have no pattern. */
  static String shapeOf(String url) {
    String pattern = of(url);
    if (pattern != null) {
      return pattern;
    }
    int start = url.indexOf("://");
    return start < 0 ? url : url.substring(start + 3);
  }
}
