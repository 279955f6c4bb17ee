package io.github.govaudit.crawl;

import java.util.List;

/**
 * Where a crawl run starts, worked out from the store by the caller.
 *
 * @param home the home page: fetched unless already done in this pass
 * @param seeds URLs still to visit (links not yet stored, answers that never came)
 * @param revalidate pages stored in an earlier pass that lead to others (lists, home, channels):
 *     asked again, with their validators, before anything else
 * @param done URLs stored in this pass: never fetched again in it
 * @param stale URLs stored in an earlier pass: fetched again only to revalidate or when a list
 *     shows them with a new title
 * @param known the stored copies, for validators and earlier links
 * @param spent what trap patterns spent in earlier runs
 */
public record CrawlPlan(
    String home,
    List<Seed> seeds,
    List<Seed> revalidate,
    UrlFingerprints done,
    UrlFingerprints stale,
    KnownPages known,
    List<TrapGuard.Spent> spent) {

  public CrawlPlan {
    seeds = List.copyOf(seeds);
    revalidate = List.copyOf(revalidate);
    spent = List.copyOf(spent);
  }

  /** A first crawl: the home page and nothing known. */
  public static CrawlPlan fresh(String home) {
    return new CrawlPlan(home, List.of(), List.of(), new UrlFingerprints(), new UrlFingerprints(), KnownPages.NONE,
        List.of());
  }
}
