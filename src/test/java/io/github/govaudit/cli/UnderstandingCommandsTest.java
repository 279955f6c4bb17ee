package io.github.govaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.govaudit.demo.DemoSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze}, {@code columns} and {@code search} on the bundled demo site, crawled once. */
class UnderstandingCommandsTest {

  @TempDir static Path tmp;
  static DemoSite site;
  static Path data;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = new Main(new PrintWriter(o), new PrintWriter(e)).execute(args);
    return new Run(code, o.toString(), e.toString());
  }

  @BeforeAll
  static void crawlDemo() throws Exception {
    site = DemoSite.start();
    data = tmp.resolve("data");
    Run r = run("crawl", "--home", site.home().toString(), "--data", data.toString(), "--delay", "0", "--threads", "4");
    assertThat(r.code()).as(r.err()).isZero();
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @Test
  void analyzePrintsTheContractedKeysForAListPage() throws Exception {
    Run r = run("analyze", site.home().resolve("/zwdt/gzdt/index.html").toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode a = new ObjectMapper().readTree(r.out());
    for (String key : new String[] {"url", "page_type", "title", "publish_date", "date_source", "column",
        "breadcrumb", "category", "interpretation_kind", "list_items", "pagination", "disclosure"}) {
      assertThat(a.has(key)).as(key).isTrue();
    }
    assertThat(a.get("page_type").asText()).isEqualTo("list");
    assertThat(a.get("category").asText()).isEqualTo("news");
    assertThat(a.at("/pagination/pages").asInt()).isEqualTo(3);
    assertThat(a.get("list_items")).isNotEmpty();
    assertThat(a.at("/list_items/0/date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
  }

  @Test
  void analyzeOfASavedFileWithItsUrl() throws Exception {
    Run r = run("analyze", "src/test/resources/pages/footers/trs-footer.html", "--url", "http://mzt.gxzf.gov.cn/");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(new ObjectMapper().readTree(r.out()).get("page_type").asText()).isEqualTo("home");
  }

  @Test
  void analyzeOfAMissingFileIsAUsageError() {
    Run r = run("analyze", "no/such/page.html");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("govaudit: error: ").doesNotContain("\n");
  }

  @Test
  void columnsPrintsTheTreeWithCategoriesAndTopics() {
    Run r = run("columns", "--data", data.toString(), "--year", "2026");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("工作动态").contains("[news/").contains("[disclosure/").contains("topic")
        .contains("/zwdt/gzdt/index.html");
  }

  @Test
  void profileOverridesChangeAColumnsCategoryAndTheCounts() throws Exception {
    Path profile = tmp.resolve("override.yaml");
    java.nio.file.Files.writeString(profile, "home: " + site.home() + "\ncolumns:\n"
        + "  - url_prefix: " + site.home().resolve("/zwdt/gzdt/") + "\n    category: other\n");
    Run cols = run("columns", "--data", data.toString(), "--profile", profile.toString());
    assertThat(cols.out()).contains("工作动态  [other/profile]");
    Path plain = tmp.resolve("plain");
    Path overridden = tmp.resolve("overridden");
    assertThat(run("report", "--data", data.toString(), "--year", "2026", "--out", plain.toString()).code()).isZero();
    assertThat(run("report", "--data", data.toString(), "--year", "2026", "--out", overridden.toString(),
        "--profile", profile.toString()).code()).isZero();
    ObjectMapper json = new ObjectMapper();
    int before = json.readTree(plain.resolve("work-report-2026.json").toFile())
        .at("/sections/info_publishing/news_updates/value").asInt();
    int after = json.readTree(overridden.resolve("work-report-2026.json").toFile())
        .at("/sections/info_publishing/news_updates/value").asInt();
    assertThat(after).isLessThan(before);
  }

  @Test
  void searchFindsStoredPagesByChineseWords() {
    Run r = run("search", "--data", data.toString(), "政策解读");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("http://127.0.0.1:").doesNotStartWith("0 hits");
  }

  @Test
  void searchFiltersByYear() {
    Run all = run("search", "--data", data.toString(), "--max", "100", "工作");
    Run y2025 = run("search", "--data", data.toString(), "--max", "100", "--year", "2025", "工作");
    assertThat(y2025.code()).isZero();
    assertThat(y2025.out().lines().filter(l -> l.startsWith("2026-")).count()).isZero();
    assertThat(y2025.out().lines().count()).isLessThan(all.out().lines().count());
  }
}
