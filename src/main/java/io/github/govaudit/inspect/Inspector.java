package io.github.govaudit.inspect;

import io.github.govaudit.count.Column;
import io.github.govaudit.count.Site;
import io.github.govaudit.crawl.Link;
import io.github.govaudit.crawl.TrapGuard;
import io.github.govaudit.crawl.UrlNormalizer;
import io.github.govaudit.profile.UserAgent;
import io.github.govaudit.store.PageReader;
import io.github.govaudit.store.StoredPage;
import io.github.govaudit.store.TrapBudgets;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs every check of the ruleset on a crawled site and its history: reads the store once more for
 * links, images and marks, checks links and the home page over the network, scores, and compares
 * with the previous inspection. Writing the files is the caller's.
 */
public final class Inspector {

  private final RulesetLoader.Loaded rules;
  private final String userAgent;

  /**
   * @param rules the ruleset and the profile's column kinds
   * @param userAgent the User-Agent every request sends
   */
  public Inspector(RulesetLoader.Loaded rules, String userAgent) {
    this.rules = rules;
    this.userAgent = userAgent == null || userAgent.isBlank() ? UserAgent.DEFAULT : userAgent;
  }

  /**
   * Inspects {@code site} (read from {@code reader}, its columns already found) at the monitoring
   * point {@code asOf}; probes are appended to the history in {@code inspectionsDir}.
   */
  public Inspection inspect(PageReader reader, Site site, List<Column> columns, LocalDate asOf, Path inspectionsDir)
      throws IOException {
    Ruleset r = rules.ruleset();
    List<Finding> findings = new ArrayList<>();
    String home = site.homeUrl();
    ScannedSite scanned = new StoreScan(new UrlNormalizer()).scan(reader, home);
    Duration timeout = Duration.ofMillis(Math.round(r.thresholds().probeTimeoutSeconds() * 1000));
    List<Probe> probes;
    ProbeLog log = new ProbeLog(inspectionsDir);
    try (HttpProbe http = new HttpProbe(timeout, userAgent)) {
      probes = new Availability(r, http).probe(home);
      log.append(probes);
      new Availability(r, http).judge(home, log.read()).ifPresent(findings::add);
    }
    new HomeFreshness(r).check(site, columns, homeLinks(reader, home), asOf).ifPresent(findings::add);
    ColumnFreshness.Result fresh = new ColumnFreshness(r, rules.columns())
        .check(columns, asOf, scanned.scriptedLists()::contains, url -> {
          var page = site.pages().get(url);
          return page == null ? null : page.publishDate();
        });
    findings.addAll(fresh.findings());
    LinkChecks.Result links;
    try (LinkChecker checker = new LinkChecker(r.links(), userAgent)) {
      links = new LinkChecks(r, checker).check(site, scanned, trapFamilies(reader));
    }
    findings.addAll(links.findings());
    findings.addAll(new MarkChecks(r).check(scanned.marks(), home));
    HttpsCheck https = new HttpsCheck(r, Duration.ofMillis(Math.round(r.links().timeoutSeconds() * 1000)), userAgent);
    try {
      findings.addAll(https.check(home, asOf));
    } finally {
      https.close();
    }
    new Ipv6Check(r).check(home).ifPresent(findings::add);
    findings.sort(Comparator.comparing((Finding f) -> InspectionChecks.IDS.indexOf(f.check())).thenComparing(Finding::url));
    InspectionVerdict verdict = new Scoring(r).score(findings, fresh, home);
    List<Fixed> fixed = new InspectionHistory(inspectionsDir).fixed(asOf, findings);
    return new Inspection("inspection", new Inspection.SiteRef(site.record().name(), site.record().home()),
        asOf.toString(), Instant.now().toString(), UserAgent.VERSION,
        new Inspection.RulesetRef(r.id(), r.name(), r.source(), rules.file()),
        new Inspection.CrawlRef(site.stored(), site.record().started(), site.record().finished()),
        verdict, checks(findings), findings, fixed, links.summary(),
        new Inspection.ProbeSummary(probes, log.read().size()));
  }

  /** The URL families the crawl cut at their trap budget (fetched all it allowed), from the store. */
  private static Set<String> trapFamilies(PageReader reader) {
    return TrapBudgets.read(reader.saved(TrapBudgets.KEY)).stream().filter(s -> s.fetched() >= s.allowance())
        .map(TrapGuard.Spent::pattern).collect(Collectors.toSet());
  }

  private static List<Link> homeLinks(PageReader reader, String home) throws IOException {
    return reader.get(home).map(StoredPage::links).orElse(List.of());
  }

  private Map<String, Inspection.CheckSummary> checks(List<Finding> findings) {
    Map<String, Inspection.CheckSummary> out = new LinkedHashMap<>();
    for (String id : InspectionChecks.IDS) {
      int fail = count(findings, id, Status.FAIL);
      int unverified = count(findings, id, Status.UNVERIFIED);
      int na = count(findings, id, Status.NOT_APPLICABLE);
      String result = fail > 0 ? "fail" : unverified > 0 ? "unverified" : na > 0 ? "not_applicable" : "pass";
      out.put(id, new Inspection.CheckSummary(rules.ruleset().check(id).severity(), result, fail, unverified, na));
    }
    return out;
  }

  private static int count(List<Finding> findings, String check, Status s) {
    return (int) findings.stream().filter(f -> f.check().equals(check) && f.verdict() == s).count();
  }
}
