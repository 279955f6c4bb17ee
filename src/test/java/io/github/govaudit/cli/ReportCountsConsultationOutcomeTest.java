package io.github.govaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 征集调查 rows of a county portal: an 意见征集 column lists three consultations of 2026 (a TRS notice
 * printing 参与人数：156人 and 共收到意见建议23条 with what was adopted, a GBK Hanweb survey printing 共有1,203人次参与
 * and linking 查看调查结果, a notice only promising feedback) and one of 2025 printing larger figures, which
 * must not count.
 */
class ReportCountsConsultationOutcomeTest {

  private static final String HOME = """
      <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>桂江县人民政府门户网站</title></head><body>
      <div class="nav"><a href="/">首页</a> <a href="/hdjl/">互动交流</a> <a href="/hdjl/yjzj/index.html">意见征集</a></div>
      <div class="footer"><p>主办单位：桂江县人民政府办公室</p><p>网站标识码：4503300001</p></div></body></html>""";

  private static final String LIST = """
      <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>意见征集_桂江县人民政府门户网站</title>
      <meta name="ColumnName" content="意见征集"></head><body>
      <div class="nav"><a href="/">首页</a> <a href="/hdjl/">互动交流</a></div>
      <div class="main w1200">
      <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/hdjl/">互动交流</a> &gt; <a href="/hdjl/yjzj/index.html">意见征集</a></div>
      <div class="col-title"><span>意见征集</span></div>
      <ul class="list-news">
      <li><a href="./202605/t20260502_131.html" target="_blank">关于公开征求《桂江县城市道路挖掘管理规定（征求意见稿）》意见的公告</a><span class="date">2026-05-02</span></li>
      <li><a href="/art/2026/5/18/art_2391_613579.html" target="_blank">2026年桂江县政务服务满意度网上调查</a><span class="date">2026-05-18</span></li>
      <li><a href="./202603/t20260302_118.html" target="_blank">关于公开征求《桂江县城区养犬管理办法（征求意见稿）》意见的公告</a><span class="date">2026-03-02</span></li>
      <li><a href="./202511/t20251110_101.html" target="_blank">关于公开征求《桂江县农贸市场管理办法（征求意见稿）》意见的公告</a><span class="date">2025-11-10</span></li>
      </ul></div>
      <div class="footer"><p>主办单位：桂江县人民政府办公室</p><p>网站标识码：4503300001</p></div></body></html>""";

  @TempDir Path tmp;
  private HttpServer server;
  private String home;

  @BeforeEach
  void serve() throws Exception {
    String dogs = page("consultation-trs-consultation-utf8.html");
    String lastYear = dogs.replace("2026-03-02", "2025-11-10").replace("养犬", "农贸市场")
        .replace("共收到意见建议23条", "共收到意见建议40条").replace("156人", "500人");
    Map<String, byte[]> pages = Map.of(
        "/", HOME.getBytes(StandardCharsets.UTF_8),
        "/hdjl/yjzj/index.html", LIST.getBytes(StandardCharsets.UTF_8),
        "/hdjl/yjzj/202603/t20260302_118.html", dogs.getBytes(StandardCharsets.UTF_8),
        "/hdjl/yjzj/202511/t20251110_101.html", lastYear.getBytes(StandardCharsets.UTF_8),
        "/hdjl/yjzj/202605/t20260502_131.html", page("consultation-trs-consultation-promise.html")
            .replace("2026-03-02", "2026-05-02").getBytes(StandardCharsets.UTF_8),
        "/art/2026/5/18/art_2391_613579.html", bytes("consultation-hanweb-survey-gbk.html"));
    server = PageServer.serve(pages::get);
    home = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private JsonNode interaction() throws IOException {
    return WorkReport.crawled(home, tmp, 2026).json().at("/sections/interaction");
  }

  @Test
  void theConsultationsOfTheYearAreTheItemsOfTheColumn() throws Exception {
    assertThat(interaction().at("/consultations/value").asInt()).isEqualTo(3);
  }

  @Test
  void opinionsAreTheSumOfWhatTheConsultationsOfTheYearPrintWithHowManyPrintedOne() throws Exception {
    JsonNode opinions = interaction().at("/consultation_opinions");
    assertThat(opinions.at("/value").asInt()).isEqualTo(23);
    assertThat(opinions.at("/source").asText()).isEqualTo("crawled");
    assertThat(opinions.at("/evidence").toString()).contains(home + "hdjl/yjzj/202603/t20260302_118.html")
        .doesNotContain("t20251110_101");
    assertThat(opinions.at("/note").asText()).contains("1 of the 3 consultations of 2026").contains("the other 2");
  }

  @Test
  void participantsAddPeopleAndPersonTimesOfEveryConsultationPrintingThem() throws Exception {
    JsonNode participants = interaction().at("/consultation_participants");
    assertThat(participants.at("/value").asInt()).isEqualTo(156 + 1203);
    assertThat(participants.at("/evidence")).hasSize(2);
    assertThat(participants.at("/note").asText()).contains("2 of the 3 consultations of 2026");
  }

  @Test
  void resultsPublishedCountTheConsultationsReportingOrLinkingTheirResult() throws Exception {
    JsonNode results = interaction().at("/consultation_results_published");
    assertThat(results.at("/value").asInt()).isEqualTo(2);
    assertThat(results.at("/evidence").toString()).contains("t20260302_118.html").contains("art_2391_613579.html")
        .doesNotContain("t20260502_131");
    assertThat(results.at("/note").asText()).contains(home + "art/2026/6/25/art_2391_613902.html");
  }

  private static String page(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String name) {
    try (InputStream in = ReportCountsConsultationOutcomeTest.class.getResourceAsStream("/pages/unit/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
