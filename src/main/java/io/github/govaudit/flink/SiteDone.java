package io.github.govaudit.flink;

import io.github.govaudit.crawl.CutLog;
import java.io.Serializable;
import java.util.List;

/**
 * How a site's crawl ended.
 *
 * @param job the site
 * @param started when its crawl started (ISO instant)
 * @param complete whether it ran to its end (not stopped at the page limit, not failed)
 * @param requests requests made
 * @param stored answers stored
 * @param errors of them, errors
 * @param cuts what was cut
 * @param error why the site could not be crawled, or empty
 */
public record SiteDone(SiteJob job, String started, boolean complete, long requests, long stored, long errors,
    List<CutLog.Cut> cuts, String error) implements Serializable {

  public SiteDone {
    cuts = List.copyOf(cuts);
  }
}
