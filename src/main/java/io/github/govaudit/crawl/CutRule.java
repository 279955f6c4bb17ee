package io.github.govaudit.crawl;

/** Why the crawler left a URL out, cut a page short, or rewrote a link: one entry of the crawl summary. */
public enum CutRule {
  /** A URL pattern that keeps making new URLs of itself past its budget without new content. */
  PATTERN_BUDGET("pattern_budget"),
  /** More links from the home page than the depth limit. */
  MAX_DEPTH("max_depth"),
  /** A URL longer than the length limit. */
  MAX_URL_LENGTH("max_url_length"),
  /** A chain of redirects longer than the redirect limit, or one that comes back on itself. */
  REDIRECT_LOOP("redirect_loop"),
  /** A body over the size limit: kept up to the limit and marked. */
  SIZE_LIMIT("size_limit"),
  /** A binary body (PDF, archive, image) sent as {@code text/html}: stored, not parsed. */
  BINARY_AS_HTML("binary_as_html"),
  /** A session id removed from links, so the same page is not fetched once per session. */
  SESSION_ID("session_id"),
  /** A URL robots.txt forbids. */
  ROBOTS("robots");

  private final String key;

  CutRule(String key) {
    this.key = key;
  }

  /** The name used in {@code crawl-summary.json} and the report. */
  public String key() {
    return key;
  }
}
