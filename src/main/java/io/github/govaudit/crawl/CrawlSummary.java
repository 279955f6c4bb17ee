package io.github.govaudit.crawl;

import java.util.List;

/**
 * What one crawl run did, as {@code DATA/crawl-summary.json} and the report's {@code crawl} block
 * show it: how it ran, how fast, and everything it cut, by rule and pattern.
 *
 * @param home the home page
 * @param mode {@code first} (nothing stored yet), {@code resume} (an interrupted pass continued) or
 *     {@code revalidate} (a new pass over a crawled site: only what may have changed is fetched)
 * @param started when the run began (ISO-8601)
 * @param finished when it ended (ISO-8601)
 * @param complete whether the pass ran to its end (not stopped, not cut by {@code max_pages})
 * @param seconds wall time of the crawl
 * @param requests HTTP requests made (robots.txt excluded)
 * @param stored responses stored
 * @param errors stored responses that were errors
 * @param notModified stored pages asked for again that had not changed
 * @param changed stored pages asked for again that had changed
 * @param pagesPerSecond responses stored per second
 * @param storePages pages in the store after the run
 * @param cut everything cut, the largest first
 */
public record CrawlSummary(
    String home,
    String mode,
    String started,
    String finished,
    boolean complete,
    double seconds,
    long requests,
    long stored,
    long errors,
    long notModified,
    long changed,
    double pagesPerSecond,
    int storePages,
    List<CutLog.Cut> cut) {

  public CrawlSummary {
    cut = cut == null ? List.of() : List.copyOf(cut);
  }
}
