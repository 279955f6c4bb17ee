package io.github.govaudit.gensite2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.govaudit.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crawls the second generated site with the govaudit CLI in-process and compares the 2026 report, field by field
 * and URL by URL, with the truth counted from the generator's model.
 */
class SecondGeneratedSiteEndToEndTest {

  @TempDir
  Path tmp;

  @Test
  void reportOfTheCrawledMunicipalSiteMatchesTheTruthFieldByField() throws Exception {
    long seed = SecondSite.seed();
    GeneratedMunicipalSite site = SecondSite.generate(seed);
    ExpectedReport truth = new TruthCounter(site).count();
    JsonNode report;
    try (LoopbackMunicipalServer server = LoopbackMunicipalServer.start(site, SiteFiles.of(site))) {
      Path data = tmp.resolve("data");
      Path out = tmp.resolve("out");
      cli("crawl", "--home", server.home(), "--data", data.toString(), "--delay", "0", "--threads", "4", "--fresh");
      cli("report", "--data", data.toString(), "--year", "2026", "--out", out.toString());
      report = new ObjectMapper().readTree(Files.readString(out.resolve("work-report-2026.json")));
      keepForReading(out);
    }
    List<String> differences = new ArrayList<>();
    StringBuilder table = new StringBuilder("seed " + seed + "\n")
        .append(String.format("%-36s %8s %8s%n", "field", "expected", "actual"));
    for (String field : ExpectedReport.FIELDS) {
      compare(field, truth, report, table, differences);
    }
    table.append("undated (truth): ").append(truth.undated()).append('\n')
        .append("undated (report): ").append(report.path("undated")).append('\n');
    System.out.println(table);
    assertThat(differences).as(table.toString()).isEmpty();
  }

  private static void compare(String field, ExpectedReport truth, JsonNode report, StringBuilder table,
      List<String> differences) {
    String[] key = field.split("\\.");
    JsonNode node = report.path("sections").path(key[0]).path(key[1]);
    int actual = "missing".equals(node.path("source").asText()) ? -1 : node.path("value").asInt(-1);
    int expected = truth.value(field);
    table.append(String.format("%-36s %8d %8s%s%n", field, expected, node.path("value").isMissingNode() ? "absent"
        : String.valueOf(actual), expected == actual ? "" : "   <-- differs"));
    Set<String> seen = new TreeSet<>();
    node.path("evidence").forEach(e -> seen.add(path(e.asText())));
    Set<String> missing = new TreeSet<>(truth.evidence(field));
    missing.removeAll(seen);
    Set<String> unexpected = new TreeSet<>(seen);
    unexpected.removeAll(truth.evidence(field));
    boolean urlsDiffer = ExpectedReport.itemEvidence(field) && (!missing.isEmpty() || !unexpected.isEmpty());
    if (urlsDiffer) {
      table.append("    expected but missing: ").append(missing).append('\n')
          .append("    present but unexpected: ").append(unexpected).append('\n');
    } else if (!ExpectedReport.itemEvidence(field)) {
      table.append("    expected topics: ").append(truth.evidence(field)).append("; report evidence: ")
          .append(seen).append('\n');
    }
    if (expected != actual || urlsDiffer) {
      differences.add(field);
    }
  }

  /** Copies the report and its evidence CSV to {@code target/gensite2/} so that a difference can be read. */
  private static void keepForReading(Path out) throws java.io.IOException {
    Path kept = Path.of("target", "gensite2");
    Files.createDirectories(kept);
    try (var files = Files.list(out)) {
      for (Path f : files.toList()) {
        Files.copy(f, kept.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** The path and query of an evidence URL, query parameters sorted, as the truth names items. */
  private static String path(String url) {
    URI uri = URI.create(url);
    String query = uri.getRawQuery();
    return SiteFiles.normalise(query == null ? uri.getRawPath() : uri.getRawPath() + "?" + query);
  }

  private static void cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new Main(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    assertThat(code).as("govaudit %s exit code; stderr: %s", args[0], err).isZero();
  }
}
