package io.github.govaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report --overrides FILE} merges a person's values into every document with source manual,
 * and the clerk's list (terminal and {@code to_fill}) shows only the fields still empty; a typo or a
 * broken file is one line on stderr and exit 2.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ReportOverridesTest {

  private static final int YEAR = 2026;
  private static final String HOME = """
      <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>桂江市人民政府门户网站</title></head><body>
      <div class="nav"><a href="/">首页</a> <a href="/zwdt/gzdt/index.html">工作动态</a></div>
      <div class="banner"><img src="/banner.png"></div>
      <div class="footer"><p>主办单位：桂江市人民政府办公室</p><p>网站标识码：4501990001</p></div></body></html>""";
  private static final String LIST = """
      <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>工作动态</title></head><body>
      <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwdt/gzdt/index.html">工作动态</a></div>
      <ul class="list"><li><a href="./202611/t20261120_31.html">市政府召开第45次常务会议</a><span>2026-11-20</span></li></ul>
      </body></html>""";
  private static final String ITEM = """
      <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>市政府召开第45次常务会议</title>
      <meta name="PubDate" content="2026-11-20 09:30"></head><body><div class="crumb">当前位置：<a href="/">首页</a>
      &gt; <a href="/zwdt/gzdt/index.html">工作动态</a></div><div class="article"><h1>市政府召开第45次常务会议</h1>
      <p>发布时间：2026-11-20</p><div class="content"><p>会议强调，要坚持稳中求进工作总基调。</p></div></div></body></html>""";

  @TempDir static Path tmp;
  private static HttpServer server;
  private static Path data;

  @BeforeAll
  static void crawl() throws IOException {
    Map<String, String> pages = Map.of("/", HOME, "/zwdt/gzdt/index.html", LIST,
        "/zwdt/gzdt/202611/t20261120_31.html", ITEM, "/robots.txt", "User-agent: *\nAllow: /\n");
    server = PageServer.serve(p -> pages.containsKey(p) ? pages.get(p).getBytes(StandardCharsets.UTF_8) : null);
    data = tmp.resolve("data");
    CliRun crawl = Cli.run("crawl", "--home", "http://127.0.0.1:" + server.getAddress().getPort() + "/",
        "--data", data.toString(), "--delay", "0");
    assertThat(crawl.code()).as("%s", crawl).isZero();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static Path overrides(String name, String yaml) throws IOException {
    return Files.writeString(tmp.resolve(name), yaml, StandardCharsets.UTF_8);
  }

  private static CliRun report(Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("report", "--data", data.toString(), "--year", String.valueOf(YEAR),
        "--out", out.toString()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  private static List<String> toFill(WorkReport report) {
    List<String> fields = new ArrayList<>();
    report.json().path("to_fill").forEach(t -> fields.add(t.path("field").asText()));
    return fields;
  }

  @Test
  void overriddenFieldsAreInTheJsonWithSourceManualAndThePersonsNote() throws IOException {
    Path file = overrides("merge.yaml", """
        sections:
          basic_info:
            uv: 123456
            site_code: {value: "4501990002", note: 标识码已变更}
          mobile_media:
            weibo_posts: {value: 320, note: 据微博后台统计}
        """);
    Path out = tmp.resolve("merged");

    CliRun run = report(out, "--overrides", file.toString());

    assertThat(run.code()).as("%s", run).isZero();
    WorkReport report = WorkReport.read(out, YEAR);
    JsonNode uv = report.field("basic_info", "uv");
    assertThat(uv.path("value").asInt()).isEqualTo(123456);
    assertThat(uv.path("source").asText()).isEqualTo("manual");
    assertThat(uv.path("evidence")).isEmpty();
    assertThat(uv.path("note").asText()).isEqualTo("entered by hand from " + file);
    assertThat(report.field("mobile_media", "weibo_posts").path("note").asText()).isEqualTo("据微博后台统计");
    assertThat(report.field("basic_info", "site_code").path("note").asText())
        .isEqualTo("标识码已变更; replaces the crawled value 4501990001");
    assertThat(run.out()).contains("overrides: 3 fields entered by hand from " + file);
    assertThat(Files.readString(out.resolve("work-report-" + YEAR + ".html"))).contains("123456", "据微博后台统计");
  }

  @Test
  void theClerksListShrinksByExactlyTheOverriddenFields() throws IOException {
    Path plainOut = tmp.resolve("plain");
    Path mergedOut = tmp.resolve("shrunk");
    Path file = overrides("shrink.yaml", "sections:\n  basic_info:\n    uv: 1\n    pv: 2\n");

    assertThat(report(plainOut).code()).isZero();
    assertThat(report(mergedOut, "--overrides", file.toString()).code()).isZero();

    List<String> before = toFill(WorkReport.read(plainOut, YEAR));
    List<String> after = toFill(WorkReport.read(mergedOut, YEAR));
    assertThat(before).contains("sections.basic_info.uv", "sections.basic_info.pv", "sections.services.cases_total");
    List<String> expected = new ArrayList<>(before);
    expected.removeAll(List.of("sections.basic_info.uv", "sections.basic_info.pv"));
    assertThat(after).containsExactlyElementsOf(expected);
  }

  @Test
  void theTerminalListsEveryEmptyFieldWithItsOverridesPathAndWhereItComesFrom() throws IOException {
    Path out = tmp.resolve("terminal");

    CliRun run = report(out);

    assertThat(run.code()).as("%s", run).isZero();
    WorkReport report = WorkReport.read(out, YEAR);
    assertThat(run.out()).contains(toFill(report).size() + " fields still empty; enter each under its path in "
        + Path.of("reports", "overrides-" + YEAR + ".yaml"));
    assertThat(run.out()).containsPattern("(?m)^  overrides +sections\\.basic_info\\.uv +独立用户访问总量");
    assertThat(run.out()).containsPattern("(?m)^  person +sections\\.security\\.monitoring ");
    JsonNode first = report.json().path("to_fill").path(0);
    assertThat(first.fieldNames()).toIterable().containsExactly("field", "from", "how");
  }

  @Test
  void anUnknownFieldIsOneLineNamingItAndTheClosestMatchWithExit2() throws IOException {
    Path file = overrides("typo.yaml", "sections:\n  basic_info:\n    uvv: 1\n");

    CliRun run = report(tmp.resolve("typo"), "--overrides", file.toString());

    assertThat(run.code()).as("%s", run).isEqualTo(2);
    assertThat(run.errorLine()).isEqualTo("govaudit: error: overrides " + file
        + ": unknown field sections.basic_info.uvv (did you mean sections.basic_info.uv?)");
  }

  @Test
  void malformedYamlIsOneLineWithExit2() throws IOException {
    Path file = overrides("broken.yaml", "sections:\n  basic_info:\n    uv: 1\n   pv: [2\n");

    CliRun run = report(tmp.resolve("broken"), "--overrides", file.toString());

    assertThat(run.code()).as("%s", run).isEqualTo(2);
    assertThat(run.errorLine()).startsWith("govaudit: error: overrides " + file + ": not valid YAML at line ");
  }

  @Test
  void anOverridesFileThatIsNotThereIsOneLineWithExit2() {
    Path file = tmp.resolve("absent.yaml");

    CliRun run = report(tmp.resolve("absent"), "--overrides", file.toString());

    assertThat(run.code()).as("%s", run).isEqualTo(2);
    assertThat(run.errorLine()).isEqualTo("govaudit: error: overrides " + file + ": no such file");
  }

  @Test
  void theStarterTemplateListsEveryEmptyFieldAndOnceFilledIsMerged() throws IOException {
    Path out = tmp.resolve("template");
    Path starter = tmp.resolve("starter.yaml");

    CliRun run = report(out, "--overrides-template", starter.toString());

    assertThat(run.code()).as("%s", run).isZero();
    String yaml = Files.readString(starter);
    for (String field : toFill(WorkReport.read(out, YEAR))) {
      assertThat(yaml).contains("    " + field.substring(field.lastIndexOf('.') + 1) + ":\n");
    }
    assertThat(yaml).contains("  services:\n", "    # from overrides: 注册用户数");
    CliRun unchanged = report(tmp.resolve("template-empty"), "--overrides", starter.toString());
    assertThat(unchanged.out()).contains("overrides: 0 fields entered by hand");

    Files.writeString(starter, yaml.replace("    uv:\n", "    uv: 5000\n"));
    Path filledOut = tmp.resolve("template-filled");
    assertThat(report(filledOut, "--overrides", starter.toString()).code()).isZero();
    assertThat(WorkReport.read(filledOut, YEAR).field("basic_info", "uv").path("source").asText()).isEqualTo("manual");
  }

  @Test
  void theStarterTemplateNeverOverwritesAFile() throws IOException {
    Path starter = overrides("kept.yaml", "sections: {}\n");

    CliRun run = report(tmp.resolve("kept"), "--overrides-template", starter.toString());

    assertThat(run.code()).as("%s", run).isEqualTo(2);
    assertThat(run.errorLine()).contains("exists; not overwritten");
    assertThat(Files.readString(starter)).isEqualTo("sections: {}\n");
  }

  @Test
  void theCommittedExampleFileNamesOnlyFieldsTheReportHas() throws IOException {
    Path out = tmp.resolve("example");

    CliRun run = report(out, "--overrides", Path.of("reports", "overrides-example.yaml").toString());

    assertThat(run.code()).as("%s", run).isZero();
    WorkReport report = WorkReport.read(out, YEAR);
    assertThat(report.field("security", "protection_level").path("source").asText()).isEqualTo("manual");
    assertThat(toFill(report)).contains("sections.basic_info.chinese_domain").doesNotContain("sections.basic_info.uv");
  }

  @Test
  void accessibilityFindingsCountedAtCrawlTimeReachTheReport() throws IOException {
    Path out = tmp.resolve("a11y");

    assertThat(report(out).code()).isZero();

    JsonNode findings = WorkReport.read(out, YEAR).field("innovation", "accessibility_findings");
    assertThat(findings.path("source").asText()).isEqualTo("crawled");
    assertThat(findings.path("value").path("images_without_alt").asInt()).isEqualTo(1);
    assertThat(findings.path("value").path("pages_without_lang").asInt()).isZero();
    assertThat(findings.path("evidence").get(0).asText()).endsWith("/");
  }
}
