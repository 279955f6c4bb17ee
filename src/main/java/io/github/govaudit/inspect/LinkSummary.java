package io.github.govaudit.inspect;

import java.util.List;

/**
 * What the link check did: targets by outcome, how many were asked for now, how fast, and every
 * redirect chain (reported, not counted as dead).
 *
 * @param targets distinct link and image targets
 * @param checkedLive targets asked for during the inspection
 * @param fromCrawl targets judged by the crawl's stored answer
 * @param ok answered
 * @param redirect answered after redirects
 * @param broken dead
 * @param unverified undecided (blocked, timed out, robots)
 * @param skipped third-party widgets
 * @param seconds wall time of the live checks
 * @param perSecond live checks per second
 * @param redirects each redirected target with its chain
 */
public record LinkSummary(int targets, int checkedLive, int fromCrawl, int ok, int redirect, int broken,
    int unverified, int skipped, double seconds, double perSecond, List<Redirect> redirects) {

  public LinkSummary {
    redirects = List.copyOf(redirects);
  }

  /** A target that answered after redirects. */
  public record Redirect(String url, List<String> chain) {}
}
