package io.github.govaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code govaudit inspect} on a loopback county site with designed defects ({@link InspectionSite}):
 * every defect is found where the contract says, the decoys are not dead links, and a second
 * inspection a week later, after one repair, lists exactly that repair as fixed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InspectFindsDesignedDefectsTest {

  private Path tmp;
  private InspectionSite site;
  private CliRun first;
  private CliRun second;
  private JsonNode inspection;
  private JsonNode later;

  @BeforeAll
  void inspectTwice(@TempDir Path dir) throws Exception {
    tmp = dir;
    site = new InspectionSite();
    Path profile = tmp.resolve("qsx.yaml");
    Files.writeString(profile, """
        name: 青山县人民政府门户网站
        home: %s
        politeness: {delay_ms: 0}
        inspection:
          overrides:
            thresholds: {probes_per_run: 2, probe_interval_ms: 0}
            links: {timeout_seconds: 0.5, backoff_ms: 50, delay_ms: 0, max_retry_after_seconds: 5}
        """.formatted(site.home()));
    String data = tmp.resolve("data").toString();
    first = Cli.run("inspect", "--profile", profile.toString(), "--data", data, "--out", tmp.resolve("out").toString(),
        "--as-of", "2026-11-30");
    inspection = new ObjectMapper().readTree(tmp.resolve("out/inspection-2026-11-30.json").toFile());
    site.repairGoneLink();
    second = Cli.run("inspect", "--profile", profile.toString(), "--data", data, "--out", tmp.resolve("out").toString(),
        "--as-of", "2026-12-07");
    later = new ObjectMapper().readTree(tmp.resolve("out/inspection-2026-12-07.json").toFile());
  }

  @AfterAll
  void stop() {
    site.close();
  }

  private List<JsonNode> findings(JsonNode report, String check) {
    List<JsonNode> out = new ArrayList<>();
    report.get("findings").forEach(f -> {
      if (f.get("check").asText().equals(check)) {
        out.add(f);
      }
    });
    return out;
  }

  private JsonNode finding(String check, String url) {
    return findings(inspection, check).stream().filter(f -> f.get("url").asText().equals(url)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + check + " finding for " + url + " in " + inspection.get("findings")));
  }

  @Test
  void runsCrawlingFirstAndWritesTheHistoryTheJsonAndAnEscapedHtmlPage() throws Exception {
    assertThat(first.code()).as(first.toString()).isZero();
    assertThat(second.code()).as(second.toString()).isZero();
    assertThat(tmp.resolve("data/inspections/2026-11-30.json")).exists();
    assertThat(tmp.resolve("data/inspections/2026-12-07.json")).exists();
    String html = Files.readString(tmp.resolve("out/inspection-2026-11-30.html"));
    assertThat(html).contains("stale_column").contains("青山县人民政府门户网站").doesNotContain("<script");
    assertThat(inspection.get("report").asText()).isEqualTo("inspection");
    assertThat(inspection.get("date").asText()).isEqualTo("2026-11-30");
    assertThat(inspection.at("/ruleset/id").asText()).isEqualTo("gb-2019-19");
    assertThat(first.out()).contains("inspection of").contains("dead_link");
  }

  @Test
  void findsTheStaleNewsColumnAtItsListPage() {
    JsonNode f = finding("stale_column", site.home() + "zwdt/index.html");
    assertThat(f.get("verdict").asText()).isEqualTo("fail");
    assertThat(f.get("severity").asText()).isEqualTo("single_veto");
    assertThat(f.get("measured").asText()).startsWith("41 days");
    assertThat(findings(inspection, "stale_column")).hasSize(1);
  }

  @Test
  void findsTheBlankColumnAtItsListPage() {
    assertThat(finding("blank_column", site.home() + "tzgg/index.html").get("verdict").asText()).isEqualTo("fail");
    assertThat(findings(inspection, "blank_column")).hasSize(1);
  }

  @Test
  void findsTheDeadInternalLinkWithTheHomePageAndItsAnchorAsSource() {
    JsonNode f = finding("dead_link", site.home() + "zwdt/202610/t20261001_404.html");
    assertThat(f.get("verdict").asText()).isEqualTo("fail");
    assertThat(f.get("evidence").get(0).get("url").asText()).isEqualTo(site.home());
    assertThat(f.get("evidence").get(0).get("text").asText()).isEqualTo("已删除的文章");
  }

  @Test
  void findsTheDeadLinkToAnotherHost() {
    JsonNode f = finding("dead_link", site.otherHost() + "gone.html");
    assertThat(f.get("verdict").asText()).isEqualTo("fail");
    assertThat(f.get("measured").asText()).isEqualTo("http 404");
    assertThat(f.get("evidence").get(0).get("text").asText()).isEqualTo("市政务服务网");
  }

  @Test
  void findsTheBrokenImage() {
    assertThat(finding("broken_image", site.home() + "images/banner-missing.png").get("verdict").asText()).isEqualTo("fail");
    assertThat(findings(inspection, "broken_image")).hasSize(1);
  }

  @Test
  void countsNoDecoyAsADeadLink() {
    List<String> dead = findings(inspection, "dead_link").stream().filter(f -> f.get("verdict").asText().equals("fail"))
        .map(f -> f.get("url").asText()).toList();
    assertThat(dead).containsExactlyInAnyOrder(site.home() + "zwdt/202610/t20261001_404.html", site.otherHost() + "gone.html");
  }

  @Test
  void aLinkAnswering429ThenOkIsRetriedAfterRetryAfterAndIsNoFinding() {
    assertThat(findings(inspection, "dead_link")).noneMatch(f -> f.get("url").asText().endsWith("busy.html"));
    assertThat(site.asked("/busy.html")).isGreaterThanOrEqualTo(2);
  }

  @Test
  void anAntiBotChallengeIsUnverifiedNotDead() {
    JsonNode f = finding("dead_link", site.otherHost() + "guarded.html");
    assertThat(f.get("verdict").asText()).isEqualTo("unverified");
    assertThat(f.get("measured").asText()).contains("403");
  }

  @Test
  void aSlowLinkIsReportedAsATimeoutAndUnverified() {
    JsonNode f = finding("dead_link", site.otherHost() + "slow.html");
    assertThat(f.get("verdict").asText()).isEqualTo("unverified");
    assertThat(f.get("measured").asText()).startsWith("timeout");
  }

  @Test
  void aRedirectChainIsReportedWithItsHopsNotAsDead() {
    JsonNode redirects = inspection.at("/links/redirects");
    assertThat(redirects).hasSize(1);
    assertThat(redirects.get(0).get("url").asText()).isEqualTo(site.otherHost() + "old.html");
    assertThat(redirects.get(0).get("chain")).hasSize(3);
    assertThat(redirects.get(0).get("chain").get(0).asText()).startsWith("301 ");
    assertThat(redirects.get(0).get("chain").get(2).asText()).startsWith("200 ");
  }

  @Test
  void theBadgeWidgetLinkIsSkippedNotChecked() {
    assertThat(inspection.at("/links/skipped").asInt()).isEqualTo(1);
    assertThat(inspection.get("findings").toString()).doesNotContain("conac.cn");
  }

  @Test
  void findsThePageWithoutTheIcpNumberOncePerTemplate() {
    List<JsonNode> missing = findings(inspection, "mark_missing");
    assertThat(missing).hasSize(1);
    assertThat(missing.get(0).get("url").asText()).isEqualTo(site.home() + "zwdt/202610/t20261020_12.html");
    assertThat(missing.get(0).get("detail").asText()).contains("ICP");
  }

  @Test
  void findsTheGbkPagePrintingAnotherSiteCode() {
    List<JsonNode> different = findings(inspection, "mark_different");
    assertThat(different).hasSize(1);
    assertThat(different.get(0).get("url").asText()).isEqualTo(site.home() + "zcwj/202609/t20260901_31.html");
    assertThat(different.get(0).get("detail").asText()).contains(InspectionSite.OTHER_SITE_CODE);
  }

  @Test
  void theHomePageUpdatedFiveDaysAgoIsNotStale() {
    assertThat(findings(inspection, "home_not_updated")).isEmpty();
    assertThat(inspection.at("/checks/home_not_updated/result").asText()).isEqualTo("pass");
  }

  @Test
  void aSingleRunCannotJudgeAvailability() {
    List<JsonNode> f = findings(inspection, "site_unreachable");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).get("verdict").asText()).isEqualTo("not_applicable");
    assertThat(f.get(0).get("measured").asText()).startsWith("2/2 probes answered");
  }

  @Test
  void theVerdictDeductsForDeadLinksAndMarksButNoVetoFails() {
    JsonNode v = inspection.get("verdict");
    assertThat(v.get("failed_vetoes")).isEmpty();
    assertThat(v.get("result").asText()).isEqualTo("pass");
    assertThat(v.get("score").asDouble()).isLessThan(100).isGreaterThan(60);
  }

  @Test
  void twoInspectionsAWeekApartListExactlyTheRepairedLinkAsFixed() {
    JsonNode fixed = later.get("fixed");
    assertThat(fixed).hasSize(1);
    assertThat(fixed.get(0).get("check").asText()).isEqualTo("dead_link");
    assertThat(fixed.get(0).get("url").asText()).isEqualTo(site.otherHost() + "gone.html");
    assertThat(fixed.get(0).get("found_on").asText()).isEqualTo("2026-11-30");
    assertThat(fixed.get(0).get("fixed_on").asText()).isEqualTo("2026-12-07");
  }
}
