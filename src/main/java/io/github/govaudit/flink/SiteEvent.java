package io.github.govaudit.flink;

/**
 * What the fetching step tells a site's store writer, in order: the crawl started, a page was
 * fetched, the crawl finished. The payload travels Java-serialized ({@link Wire}): a {@link SiteJob},
 * a {@link io.github.govaudit.crawl.FetchedPage} or a {@link SiteDone}.
 *
 * @param site the site's name, the key of its store writer
 * @param kind what happened
 * @param payload its details
 */
public record SiteEvent(String site, Kind kind, byte[] payload) {

  /** What happened. */
  public enum Kind { STARTED, PAGE, FINISHED }
}
