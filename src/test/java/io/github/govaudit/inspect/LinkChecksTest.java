package io.github.govaudit.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govaudit.count.MarkTally;
import io.github.govaudit.count.Site;
import io.github.govaudit.features.SiteFeatures;
import io.github.govaudit.store.CrawlRecord;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the crawl's stored answers decide, and DNS failures on a machine without DNS. */
class LinkChecksTest {

  private static final Site SITE = new Site(new CrawlRecord("", "http://a.gov.cn/", List.of("a.gov.cn"), 0, "", "", "", ""),
      "http://a.gov.cn/", Map.of(), Map.of(), Optional.empty(), new MarkTally(), SiteFeatures.NONE, Set.of("a.gov.cn"), 0, 0,
      Map.of(), List.of());

  private static LinkResult live(String url, LinkOutcome o, String reason, String chain) {
    return new LinkResult(url, o, reason, List.of(chain), 1, "", "live");
  }

  @Test
  void aDnsFailureIsUnverifiedWhenNoOtherSitesHostAnswered() {
    Map<String, LinkResult> out = LinkChecks.ourDnsChecked(Map.of(
        "http://b.gov.cn/", live("http://b.gov.cn/", LinkOutcome.BROKEN, LinkChecker.DNS_FAILURE, "dns http://b.gov.cn/"),
        "http://a.gov.cn/x.pdf", live("http://a.gov.cn/x.pdf", LinkOutcome.OK, "http 200", "200 http://a.gov.cn/x.pdf")), SITE);
    assertThat(out.get("http://b.gov.cn/").outcome()).isEqualTo(LinkOutcome.UNVERIFIED);
  }

  @Test
  void aDnsFailureIsDeadWhenAnotherSitesHostAnswered() {
    Map<String, LinkResult> out = LinkChecks.ourDnsChecked(Map.of(
        "http://b.gov.cn/", live("http://b.gov.cn/", LinkOutcome.BROKEN, LinkChecker.DNS_FAILURE, "dns http://b.gov.cn/"),
        "http://c.gov.cn/", live("http://c.gov.cn/", LinkOutcome.OK, "http 200", "200 http://c.gov.cn/")), SITE);
    assertThat(out.get("http://b.gov.cn/").outcome()).isEqualTo(LinkOutcome.BROKEN);
  }

  @Test
  void theCrawlsStoredAnswersDecide404RedirectChainsAndSoft404s() {
    Map<String, StoredAnswer> answers = Map.of(
        "http://a.gov.cn/gone.html", new StoredAnswer(404, "http://a.gov.cn/gone.html", "", "", "t"),
        "http://a.gov.cn/old", new StoredAnswer(301, "http://a.gov.cn/new", "", "", "t"),
        "http://a.gov.cn/new", new StoredAnswer(200, "http://a.gov.cn/new", "", "新页面", "t"),
        "http://a.gov.cn/soft", new StoredAnswer(200, "http://a.gov.cn/soft", "", "404 页面不存在", "t"),
        "http://a.gov.cn/err", new StoredAnswer(503, "http://a.gov.cn/err", "", "", "t"));
    assertThat(LinkChecks.fromStore("http://a.gov.cn/gone.html", answers)).get()
        .extracting(LinkResult::outcome).isEqualTo(LinkOutcome.BROKEN);
    assertThat(LinkChecks.fromStore("http://a.gov.cn/old", answers)).get()
        .satisfies(r -> assertThat(r.chain()).containsExactly("301 http://a.gov.cn/old", "200 http://a.gov.cn/new"))
        .extracting(LinkResult::outcome).isEqualTo(LinkOutcome.REDIRECT);
    assertThat(LinkChecks.fromStore("http://a.gov.cn/soft", answers)).get()
        .extracting(LinkResult::outcome).isEqualTo(LinkOutcome.BROKEN);
    assertThat(LinkChecks.fromStore("http://a.gov.cn/err", answers)).as("a 5xx is asked again now").isEmpty();
    assertThat(LinkChecks.fromStore("http://a.gov.cn/never.pdf", answers)).isEmpty();
  }

  @Test
  void targetsOfOneHostOverTheLimitAreSkippedAndCountedNotAskedFor() throws Exception {
    int port;
    try (java.net.ServerSocket closed = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = closed.getLocalPort();
    }
    Map<String, LinkSources> links = new java.util.TreeMap<>();
    for (int i = 0; i < 3; i++) {
      LinkSources s = new LinkSources();
      s.add(new LinkSource("http://a.gov.cn/", "链接" + i), true);
      links.put("http://127.0.0.1:" + port + "/x" + i, s);
    }
    Ruleset national = new RulesetLoader().defaults().ruleset();
    Ruleset.LinkPolicy p = new Ruleset.LinkPolicy(1, 0, 10, 1, 2, 0, 5, 2, List.of(), 1);
    Ruleset r = new Ruleset(national.id(), national.name(), national.source(), national.passMark(), national.maxScore(),
        national.checks(), national.thresholds(), national.columnKinds(), p);
    try (LinkChecker checker = new LinkChecker(p, "govaudit-test")) {
      LinkChecks.Result result = new LinkChecks(r, checker)
          .check(SITE, new ScannedSite(Map.of(), links, Map.of(), Map.of(), Set.of()));
      assertThat(result.summary().checkedLive()).isEqualTo(1);
      assertThat(result.summary().skipped()).isEqualTo(2);
      assertThat(result.findings()).singleElement().satisfies(f -> assertThat(f.measured()).isEqualTo("connection refused"));
    }
  }

  @Test
  void aTargetTheCrawlCutAsATrapIsSkippedNotAskedFor() throws Exception {
    String sortOrder = "http://a.gov.cn/zwdt/index_3.html?order=asc&sort=title";
    LinkSources s = new LinkSources();
    s.add(new LinkSource("http://a.gov.cn/zwdt/index_2.html", "按标题排序"), false);
    Ruleset r = new RulesetLoader().defaults().ruleset();
    try (LinkChecker checker = new LinkChecker(r.links(), "govaudit-test")) {
      LinkChecks.Result result = new LinkChecks(r, checker).check(SITE,
          new ScannedSite(Map.of(), Map.of(sortOrder, s), Map.of(), Map.of(), Set.of()),
          Set.of(io.github.govaudit.crawl.TrapGuard.patternOf(sortOrder)));
      assertThat(result.summary().checkedLive()).isZero();
      assertThat(result.summary().skipped()).isEqualTo(1);
      assertThat(result.findings()).isEmpty();
    }
  }
}
