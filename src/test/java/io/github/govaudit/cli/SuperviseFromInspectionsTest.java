package io.github.govaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code govaudit supervise} counts the 网站普查 block per quarter and for the year from the inspections
 * kept in each site's data directory, links each number to them, and leaves the other blocks missing.
 */
class SuperviseFromInspectionsTest {

  @TempDir Path tmp;

  private void inspection(String site, String date, String result, String vetoes, String https) throws Exception {
    Path dir = tmp.resolve(site).resolve("inspections");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(date + ".json"), """
        {"report":"inspection","site":{"name":"%s","home":"http://%s.example.gov.cn/"},"date":"%s",
         "verdict":{"result":"%s","failed_vetoes":[%s],"score":70},
         "checks":{"https":{"result":"%s"}},"findings":[]}
        """.formatted(site, site, date, result, vetoes, https));
  }

  @Test
  void countsFailedSeriousAndRectifiedSitesPerQuarterAndYear() throws Exception {
    inspection("qsx", "2026-02-10", "fail", "\"home_not_updated\"", "fail");
    inspection("qsx", "2026-05-10", "pass", "", "pass");
    inspection("hbx", "2026-02-12", "pass", "", "fail");
    Files.createDirectories(tmp.resolve("never"));

    CliRun run = Cli.run("supervise", "--year", "2026", "--data", tmp.resolve("qsx").toString(),
        tmp.resolve("hbx").toString(), tmp.resolve("never").toString(), "--out", tmp.resolve("out").toString());

    assertThat(run.code()).as("%s", run).isZero();
    JsonNode s = new ObjectMapper().readTree(tmp.resolve("out/supervision-report-2026.json").toFile()).get("sections");
    JsonNode q1 = s.at("/inspection/q1");
    assertThat(q1.at("/sites_total/value").asInt()).isEqualTo(3);
    assertThat(q1.at("/sites_inspected/value").asInt()).isEqualTo(2);
    assertThat(q1.at("/failed_sites/value").asInt()).isEqualTo(1);
    assertThat(q1.at("/failed_sites/evidence/0").asText()).endsWith("2026-02-10.json");
    assertThat(q1.at("/serious_problem_sites/value").asInt()).isEqualTo(1);
    assertThat(q1.at("/pass_rate/value").asDouble()).isEqualTo(50.0);
    assertThat(q1.at("/rectified_sites/value").asInt()).isEqualTo(1);
    assertThat(s.at("/inspection/q3/pass_rate/source").asText()).isEqualTo("missing");
    assertThat(s.at("/inspection/year/failed_sites/value").asInt()).isEqualTo(1);
    assertThat(s.at("/security_checks/year/checks/value").asInt()).isEqualTo(3);
    assertThat(s.at("/security_checks/year/sites_with_problems/value").asInt()).isEqualTo(2);
    assertThat(s.at("/security_checks/year/rectified/value").asInt()).isEqualTo(1);
    assertThat(s.at("/security_checks/q1/checks/value").asInt()).isEqualTo(2);
    assertThat(s.at("/security_checks/q2/sites_with_problems/value").asInt()).isZero();
    assertThat(s.at("/training/q4/sessions_held/source").asText()).isEqualTo("missing");
    String html = Files.readString(tmp.resolve("out/supervision-report-2026.html"));
    assertThat(html).contains("inspection.q1").contains("failed_sites").contains("2026-02-10.json").doesNotContain("<script");
  }
}
