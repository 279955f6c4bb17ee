package io.github.govaudit.inspect;

import io.github.govaudit.count.Site;
import io.github.govaudit.crawl.HostScope;
import io.github.govaudit.crawl.TrapGuard;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Criteria B1 {@code dead_link} and {@code broken_image}: every link and image target of the stored
 * pages, judged by the crawl's stored answer when it is conclusive (2xx, 404/410, a stored redirect
 * chain), else checked now with the {@link LinkChecker}. A dead target's finding points at the target
 * and lists the pages that link to it with their anchor text.
 */
final class LinkChecks {

  /** Redirect hops followed through the store. */
  private static final int MAX_STORED_HOPS = 10;

  private final LinkChecker checker;
  private final FindingMaker deadLink;
  private final FindingMaker brokenImage;
  private final String threshold;
  private final int maxPerHost;

  LinkChecks(Ruleset ruleset, LinkChecker checker) {
    this.checker = checker;
    this.deadLink = new FindingMaker(ruleset, InspectionChecks.DEAD_LINK);
    this.brokenImage = new FindingMaker(ruleset, InspectionChecks.BROKEN_IMAGE);
    this.maxPerHost = ruleset.links().maxChecksPerHost() > 0 ? ruleset.links().maxChecksPerHost() : Integer.MAX_VALUE;
    Ruleset.CheckRule r = ruleset.check(InspectionChecks.DEAD_LINK);
    this.threshold = "-" + r.pointsHome() + " per target linked from the home page, -" + r.pointsOther()
        + " elsewhere (cap " + r.cap() + ")";
  }

  /** The findings and the summary. */
  record Result(List<Finding> findings, LinkSummary summary) {}

  Result check(Site site, ScannedSite scanned) {
    return check(site, scanned, Set.of());
  }

  /**
   * @param trapFamilies the URL families whose budget the crawl spent (TrapGuard patterns): an on-site
   *     target of one that the crawl did not fetch was cut as a trap (a sort order, a calendar day) and
   *     is skipped, not asked for
   */
  Result check(Site site, ScannedSite scanned, Set<String> trapFamilies) {
    Set<String> targets = new LinkedHashSet<>(scanned.links().keySet());
    targets.addAll(scanned.images().keySet());
    Map<String, LinkResult> results = new HashMap<>();
    List<String> live = new ArrayList<>();
    Map<String, Integer> perHost = new HashMap<>();
    for (String t : targets) {
      if (checker.skipped(t)) {
        results.put(t, new LinkResult(t, LinkOutcome.SKIPPED, "third-party widget", List.of(), 0, "", "skipped"));
        continue;
      }
      Optional<LinkResult> stored = site.isOnSite(t) ? fromStore(t, scanned.answers()) : Optional.empty();
      if (stored.isPresent()) {
        results.put(t, stored.get());
      } else if (site.isOnSite(t) && !scanned.answers().containsKey(t)
          && trapFamilies.contains(TrapGuard.patternOf(t))) {
        results.put(t, new LinkResult(t, LinkOutcome.SKIPPED, "the crawl cut it as a trap (its family "
            + TrapGuard.patternOf(t) + " spent its budget)", List.of(), 0, "", "skipped"));
      } else if (perHost.merge(String.valueOf(HostScope.hostOf(t)), 1, Integer::sum) > maxPerHost) {
        results.put(t, new LinkResult(t, LinkOutcome.SKIPPED, "over the per-host check limit", List.of(), 0, "", "skipped"));
      } else {
        live.add(t);
      }
    }
    long t0 = System.nanoTime();
    results.putAll(ourDnsChecked(checker.checkAll(live), site));
    double seconds = (System.nanoTime() - t0) / 1e9;
    List<Finding> findings = new ArrayList<>();
    for (String t : targets) {
      LinkResult r = results.get(t);
      if (scanned.links().containsKey(t)) {
        finding(deadLink, r, scanned.links().get(t), "link").ifPresent(findings::add);
      }
      if (scanned.images().containsKey(t)) {
        finding(brokenImage, r, scanned.images().get(t), "image").ifPresent(findings::add);
      }
    }
    return new Result(findings, summary(targets, results, live.size(), seconds));
  }

  private Optional<Finding> finding(FindingMaker maker, LinkResult r, LinkSources sources, String what) {
    if (r.outcome() != LinkOutcome.BROKEN && r.outcome() != LinkOutcome.UNVERIFIED) {
      return Optional.empty();
    }
    List<Finding.Evidence> evidence = new ArrayList<>();
    sources.evidence().forEach(s -> evidence.add(new Finding.Evidence(s.page(), s.text())));
    evidence.add(new Finding.Evidence(r.url(), String.join(" -> ", r.chain()) + " (" + r.source() + " " + r.checkedAt() + ")"));
    boolean broken = r.outcome() == LinkOutcome.BROKEN;
    String detail = (broken ? "dead " : "could not verify ") + what + ": " + r.reason() + "; linked from "
        + sources.count() + " page(s)";
    String fix = broken ? "Correct or remove the " + what + " on the pages listed." : "Check the " + what
        + " by hand: the tool was blocked or got no answer in time (not counted).";
    return Optional.of(maker.make(broken ? Status.FAIL : Status.UNVERIFIED, r.url(), detail, r.reason(), threshold,
        evidence, fix));
  }

  /**
   * DNS failures count as dead only when this machine's resolver is seen to work (another site's host
   * answered in this run); otherwise a missing network here would make every external link dead.
   */
  static Map<String, LinkResult> ourDnsChecked(Map<String, LinkResult> live, Site site) {
    boolean resolverWorks = live.values().stream().anyMatch(r -> !site.isOnSite(r.url()) && !r.chain().isEmpty()
        && Character.isDigit(r.chain().get(0).charAt(0)));
    if (resolverWorks) {
      return live;
    }
    Map<String, LinkResult> out = new HashMap<>(live);
    out.replaceAll((u, r) -> r.reason().startsWith(LinkChecker.DNS_FAILURE)
        ? new LinkResult(u, LinkOutcome.UNVERIFIED, r.reason() + ", and no other site's host answered here: "
            + "this machine may have no DNS or network", r.chain(), r.attempts(), r.checkedAt(), r.source())
        : r);
    return out;
  }

  /** The crawl's answer for an on-site target, when it decides the check. */
  static Optional<LinkResult> fromStore(String url, Map<String, StoredAnswer> answers) {
    List<String> chain = new ArrayList<>();
    String current = url;
    for (int hop = 0; hop <= MAX_STORED_HOPS; hop++) {
      StoredAnswer a = answers.get(current);
      if (a == null) {
        return Optional.empty();
      }
      chain.add(a.status() + " " + current);
      int s = a.status();
      if (s >= 300 && s < 400 && !a.finalUrl().equals(current)) {
        current = a.finalUrl();
        continue;
      }
      if (s >= 200 && s < 300 && a.error().isEmpty()) {
        if (PageSigns.isNotFoundTitle(a.title())) {
          return Optional.of(stored(url, LinkOutcome.BROKEN, "soft 404 (page titled " + a.title() + ")", chain, a));
        }
        return Optional.of(stored(url, chain.size() > 1 ? LinkOutcome.REDIRECT : LinkOutcome.OK, "http " + s, chain, a));
      }
      if (s == 404 || s == 410) {
        return Optional.of(stored(url, LinkOutcome.BROKEN, "http " + s, chain, a));
      }
      return Optional.empty(); // no answer, 5xx, blocked: ask again now
    }
    return Optional.empty();
  }

  private static LinkResult stored(String url, LinkOutcome o, String reason, List<String> chain, StoredAnswer a) {
    return new LinkResult(url, o, reason, chain, 1, a.fetchedAt(), "crawl");
  }

  private static LinkSummary summary(Set<String> targets, Map<String, LinkResult> results, int live, double seconds) {
    Map<LinkOutcome, Integer> n = new HashMap<>();
    List<LinkSummary.Redirect> redirects = new ArrayList<>();
    for (String t : targets) {
      LinkResult r = results.get(t);
      n.merge(r.outcome(), 1, Integer::sum);
      if (r.outcome() == LinkOutcome.REDIRECT) {
        redirects.add(new LinkSummary.Redirect(t, r.chain()));
      }
    }
    double perSecond = seconds > 0 ? Math.round(live / seconds * 10) / 10.0 : 0;
    return new LinkSummary(targets.size(), live, targets.size() - live - n.getOrDefault(LinkOutcome.SKIPPED, 0),
        n.getOrDefault(LinkOutcome.OK, 0), n.getOrDefault(LinkOutcome.REDIRECT, 0), n.getOrDefault(LinkOutcome.BROKEN, 0),
        n.getOrDefault(LinkOutcome.UNVERIFIED, 0), n.getOrDefault(LinkOutcome.SKIPPED, 0),
        Math.round(seconds * 100) / 100.0, perSecond, redirects);
  }
}
