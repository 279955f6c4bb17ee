package io.github.govaudit.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.govaudit.cli.Main;
import io.github.govaudit.gensite.GeneratedSite;
import io.github.govaudit.gensite.GeneratedSiteServer;
import io.github.govaudit.gensite.SiteGenerator;
import io.github.govaudit.gensite.Truth;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch --engine flink} on an embedded MiniCluster over three generated loopback sites writes
 * one report per site whose counts equal the site's truth, and the same report as {@code --engine
 * local}.
 */
class BatchEnginesAgreeTest {

  private static final int Y = SiteGenerator.REPORT_YEAR;
  private static final long[] SEEDS = {11, 12, 13};

  /** The report's parts that depend on the pages alone (not on when or how fast they were fetched). */
  static final List<String> PAGE_PARTS = List.of("sections", "marks", "undated", "external_entries",
      "unreadable_pages");

  @TempDir
  Path tmp;

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void theFlinkJobReportsEverySiteAsItsTruthAndAsTheLocalEngine() throws Exception {
    List<GeneratedSite> sites = new ArrayList<>();
    List<GeneratedSiteServer> servers = new ArrayList<>();
    StringBuilder csv = new StringBuilder("name,home\n");
    try {
      for (int i = 0; i < SEEDS.length; i++) {
        GeneratedSite site = new SiteGenerator(SEEDS[i], Y).generate();
        GeneratedSiteServer server = GeneratedSiteServer.start(site);
        sites.add(site);
        servers.add(server);
        csv.append("site").append(i).append(',').append(server.homeUrl()).append('\n');
      }
      Path file = tmp.resolve("sites.csv");
      Files.writeString(file, csv);

      String flink = run("batch", "--sites", file.toString(), "--engine", "flink", "--parallelism", "2",
          "--delay", "0", "--data", tmp.resolve("data-flink").toString(), "--out", tmp.resolve("out-flink").toString(),
          "--year", String.valueOf(Y));
      run("batch", "--sites", file.toString(), "--engine", "local", "--parallelism", "3", "--delay", "0",
          "--data", tmp.resolve("data-local").toString(), "--out", tmp.resolve("out-local").toString(),
          "--year", String.valueOf(Y));

      for (int i = 0; i < sites.size(); i++) {
        JsonNode byFlink = report("out-flink", "site" + i);
        JsonNode byLocal = report("out-local", "site" + i);
        assertThat(flink).contains("site" + i);
        List<String> mismatches = mismatches(sites.get(i).truth(), byFlink);
        assertThat(mismatches).as("site%d (flink) against its truth", i).isEmpty();
        for (String part : PAGE_PARTS) {
          assertThat(byFlink.path(part)).as("site%d %s: flink equals local", i, part).isEqualTo(byLocal.path(part));
        }
      }
    } finally {
      servers.forEach(GeneratedSiteServer::close);
    }
  }

  private JsonNode report(String out, String site) throws Exception {
    return new ObjectMapper().readTree(tmp.resolve(out).resolve(site).resolve("work-report-" + Y + ".json").toFile());
  }

  static List<String> mismatches(Truth truth, JsonNode report) {
    List<String> wrong = new ArrayList<>();
    for (String field : Truth.FIELDS) {
      String section = field.substring(0, field.indexOf('.'));
      String name = field.substring(field.indexOf('.') + 1);
      String actual = report.path("sections").path(section).path(name).path("value").asText("missing");
      if (!actual.equals(String.valueOf(truth.count(field)))) {
        wrong.add(field + ": expected " + truth.count(field) + " but was " + actual);
      }
    }
    return wrong;
  }

  static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new Main(new PrintWriter(out), new PrintWriter(err)).execute(args);
    assertThat(code).as(String.join(" ", args) + "\nout:\n" + out + "\nerr:\n" + err).isZero();
    return out.toString();
  }
}
