package io.github.govaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 留言办理 rows count the messages a 领导信箱 list publishes (a GBK table with 来信时间 and
 * 回复时间): those of the year only, a message without a reply received but not concluded, days to
 * reply averaged, on time by the 15-day limit.
 */
class ReportCountsPublishedMessagesTest {

  private static final Charset GBK = Charset.forName("GBK");

  private static final String HOME = """
      <html><head><meta charset="gbk"><title>桂江县人民政府门户网站</title></head><body>
      <div class="nav"><a href="/">首页</a> <a href="/hdjl/ldxx/index.html">县长信箱</a></div>
      <div class="footer">主办单位：桂江县人民政府办公室</div></body></html>""";

  private static final String LIST = """
      <html><head><meta charset="gbk"><title>县长信箱_桂江县人民政府门户网站</title></head><body>
      <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/hdjl/">互动交流</a> &gt; <a href="/hdjl/ldxx/index.html">县长信箱</a></div>
      <table class="xxlb"><tr><th>标题</th><th>来信时间</th><th>回复时间</th><th>状态</th></tr>
      <tr><td><a href="./202611/t20261120_5.html">关于城南小区供暖问题的咨询</a></td><td>2026-11-20</td><td>2026-11-27</td><td>已回复</td></tr>
      <tr><td><a href="./202610/t20261028_4.html">建议增设县城至龙潭镇公交班次</a></td><td>2026-10-28</td><td>2026-11-25</td><td>已回复</td></tr>
      <tr><td><a href="./202602/t20260128_3.html">咨询农村低保申请条件</a></td><td>2026-01-28</td><td>2026-02-03</td><td>已回复</td></tr>
      <tr><td><a href="./202612/t20261201_6.html">反映江滨路路灯损坏</a></td><td>2026-12-01</td><td></td><td>办理中</td></tr>
      <tr><td><a href="./202512/t20251215_2.html">咨询2026年春季学位申请</a></td><td>2025-12-15</td><td>2025-12-19</td><td>已回复</td></tr>
      </table></body></html>""";

  @TempDir Path tmp;
  private HttpServer server;

  @BeforeEach
  void serve() throws Exception {
    Map<String, String> pages = Map.of("/", HOME, "/hdjl/ldxx/index.html", LIST);
    server = PageServer.serve(p -> pages.containsKey(p) ? pages.get(p).getBytes(GBK) : null);
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String home() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  @Test
  void theReplyLimitOfTheCrawlsProfileReachesTheReportAndIsNamedInTheNote() throws Exception {
    Path profile = tmp.resolve("gj.yaml");
    Files.writeString(profile, "home: " + home() + "\ninteraction:\n  reply_limit_days: 30\n");
    Path data = tmp.resolve("data");
    assertThat(Cli.run("crawl", "--profile", profile.toString(), "--data", data.toString(), "--delay", "0").code())
        .isZero();
    assertThat(Cli.run("report", "--data", data.toString(), "--year", "2026", "--out", tmp.toString(),
        "--format", "json").code()).isZero();
    JsonNode onTime = new ObjectMapper().readTree(tmp.resolve("work-report-2026.json").toFile())
        .at("/sections/interaction/concluded_on_time");
    assertThat(onTime.at("/value").asInt()).isEqualTo(3); // 7, 28 and 6 days: all within 30
    assertThat(onTime.at("/note").asText()).contains("replied within 30 days")
        .contains("interaction.reply_limit_days of the profile " + profile);
  }

  @Test
  void aReplyLimitThatIsNotPositiveStopsTheReportWithOneLineAndExit2() throws Exception {
    Path data = tmp.resolve("data");
    assertThat(Cli.run("crawl", "--home", home(), "--data", data.toString(), "--delay", "0").code()).isZero();
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, "home: " + home() + "\ninteraction:\n  reply_limit_days: -3\n");
    CliRun run = Cli.run("report", "--data", data.toString(), "--profile", bad.toString(), "--out", tmp.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().strip()).doesNotContain("\n")
        .contains("interaction.reply_limit_days must be a positive number of days, not -3");
  }

  @Test
  void countsTheMessagesOfTheYearTheListPublishes() throws Exception {
    String home = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    Path data = tmp.resolve("data");
    assertThat(Cli.run("crawl", "--home", home, "--data", data.toString(), "--delay", "0").code()).isZero();
    assertThat(Cli.run("report", "--data", data.toString(), "--year", "2026", "--out", tmp.toString(),
        "--format", "json").code()).isZero();
    JsonNode interaction = new ObjectMapper().readTree(tmp.resolve("work-report-2026.json").toFile())
        .at("/sections/interaction");
    assertThat(interaction.at("/messages_received/value").asInt()).isEqualTo(4);
    assertThat(interaction.at("/messages_concluded/value").asInt()).isEqualTo(3);
    assertThat(interaction.at("/public_replies/value").asInt()).isEqualTo(3);
    assertThat(interaction.at("/mean_handling_days/value").asDouble()).isEqualTo(13.7); // (7 + 28 + 6) / 3
    assertThat(interaction.at("/concluded_on_time/value").asInt()).isEqualTo(2);
    assertThat(interaction.at("/concluded_on_time/note").asText()).contains("15 days")
        .contains("the default: the report has no profile");
    assertThat(interaction.at("/messages_received/evidence/0").asText()).isEqualTo(home + "hdjl/ldxx/index.html");
    assertThat(interaction.at("/messages_received/note").asText()).contains("unpublished messages cannot be seen");
  }
}
