package io.github.govaudit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.govaudit.cli.Main;
import io.github.govaudit.store.PageReader;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code govaudit demo} in-process and compares its report with the demo site's hand-written
 * truth ({@code demo-truth.json}), field by field and URL by URL.
 */
class DemoSiteTruthTest {

  @TempDir static Path out;
  static JsonNode truth;
  static JsonNode report;
  static String demoOutput;

  @BeforeAll
  static void runDemo() throws Exception {
    ObjectMapper json = new ObjectMapper();
    try (InputStream in = DemoSiteTruthTest.class.getResourceAsStream("/demo-truth.json")) {
      truth = json.readTree(in);
    }
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = new Main(new PrintWriter(o), new PrintWriter(e)).execute("demo", "--out", out.toString());
    demoOutput = o + "\n" + e;
    assertThat(code).as(demoOutput).isZero();
    report = json.readTree(out.resolve("work-report-" + truth.get("year").asInt() + ".json").toFile());
  }

  @Test
  void basicInfoMatchesTheHomePageFooter() {
    JsonNode basic = report.at("/sections/basic_info");
    for (String key : List.of("site_name", "site_code", "icp", "police", "sponsor")) {
      assertThat(basic.at("/" + key + "/value").asText()).as(key).isEqualTo(truth.at("/basic_info/" + key).asText());
      assertThat(basic.at("/" + key + "/source").asText()).as(key).isEqualTo("crawled");
    }
  }

  @Test
  void everyCountEqualsTheTruth() {
    for (String section : List.of("info_publishing", "topics", "interpretation")) {
      Iterator<Map.Entry<String, JsonNode>> fields = truth.get(section).fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        assertThat(report.at("/sections/" + section + "/" + f.getKey() + "/value").asInt())
            .as(section + "." + f.getKey()).isEqualTo(f.getValue().asInt());
      }
    }
  }

  @Test
  void countedItemsAreExactlyTheTruthsItems() {
    assertThat(paths(report.at("/sections/info_publishing/total/evidence")))
        .isEqualTo(new TreeSet<>(fieldNames(truth.get("items_2026"))));
    for (String category : List.of("overview", "news", "disclosure")) {
      Set<String> expected = new TreeSet<>();
      truth.get("items_2026").fields().forEachRemaining(e -> {
        for (JsonNode c : e.getValue()) {
          if (c.asText().equals(category)) {
            expected.add(e.getKey());
          }
        }
      });
      assertThat(paths(report.at("/sections/info_publishing/" + category + "_updates/evidence")))
          .as(category).isEqualTo(expected);
    }
  }

  @Test
  void undatedAndExternalEntriesAreListedNotCounted() {
    Set<String> undated = new TreeSet<>();
    report.get("undated").forEach(n -> undated.add(URI.create(n.get("url").asText()).getPath()));
    assertThat(undated).isEqualTo(texts(truth.get("undated_items")));
    Set<String> external = new TreeSet<>();
    report.get("external_entries").forEach(n -> external.add(n.get("url").asText()));
    assertThat(external).isEqualTo(texts(truth.get("external_entries")));
  }

  @Test
  void robotsDisallowedPagesAreNeverStored() throws Exception {
    Set<String> disallowed = texts(truth.get("robots_disallowed"));
    try (PageReader reader = PageReader.open(out.resolve("data")).orElseThrow()) {
      Set<String> stored = new HashSet<>();
      reader.forEach(p -> stored.add(URI.create(p.url()).getPath()));
      assertThat(stored).doesNotContainAnyElementsOf(disallowed);
      assertThat(stored.stream().filter(p -> p.startsWith("/admin/") || p.startsWith("/internal/"))).isEmpty();
    }
  }

  @Test
  void demoPrintsTheFilledFields() {
    assertThat(demoOutput).contains("info_publishing").contains("total").contains("wrote ");
  }

  private static Set<String> paths(JsonNode urls) {
    Set<String> s = new TreeSet<>();
    urls.forEach(u -> s.add(URI.create(u.asText()).getPath()));
    return s;
  }

  private static Set<String> texts(JsonNode array) {
    Set<String> s = new TreeSet<>();
    array.forEach(n -> s.add(n.asText()));
    return s;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
