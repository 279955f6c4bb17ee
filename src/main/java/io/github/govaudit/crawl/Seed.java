package io.github.govaudit.crawl;

/**
 * A URL the crawler starts from, with its link distance from the home page and the page that
 * linked it, so that a resumed crawl keeps counting depth and trap budgets where the interrupted
 * one stopped.
 *
 * @param url the URL, in canonical form
 * @param depth link distance from the home page
 * @param foundOn the page that linked it (for its trap pattern), or null
 */
public record Seed(String url, int depth, String foundOn) {

  /** A seed with no linking page. */
  public Seed(String url, int depth) {
    this(url, depth, null);
  }
}
