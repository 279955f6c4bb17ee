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
 * The 在线访谈 rows of a county portal: an 在线访谈 column lists three interviews of 2026 (a TRS page printing
 * 共收到网友提问56条, 回答网友提问32个 and 浏览次数：1,234; a GBK Hanweb transcript printing 共收到网民留言120条 whose
 * guest answers two netizen questions; a preview printing nothing) and one of 2025 printing larger figures,
 * which must not count.
 */
class ReportCountsInterviewFiguresTest {

  private static final String HOME = """
      <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>桂江县人民政府门户网站</title></head><body>
      <div class="nav"><a href="/">首页</a> <a href="/hdjl/">互动交流</a> <a href="/hdjl/zxft/index.html">在线访谈</a></div>
      <div class="footer"><p>主办单位：桂江县人民政府办公室</p><p>网站标识码：4503300001</p></div></body></html>""";

  private static final String LIST = """
      <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>在线访谈_桂江县人民政府门户网站</title>
      <meta name="ColumnName" content="在线访谈"></head><body>
      <div class="nav"><a href="/">首页</a> <a href="/hdjl/">互动交流</a></div>
      <div class="main w1200">
      <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/hdjl/">互动交流</a> &gt; <a href="/hdjl/zxft/index.html">在线访谈</a></div>
      <div class="col-title"><span>在线访谈</span></div>
      <ul class="list-news">
      <li><a href="./202606/t20260602_215.html" target="_blank">访谈预告：县住建局局长谈城镇老旧小区改造</a><span class="date">2026-06-02</span></li>
      <li><a href="/art/2026/5/20/art_2395_614022.html" target="_blank">县医保局局长王强做客在线访谈 解读2026年城乡居民医保政策</a><span class="date">2026-05-20</span></li>
      <li><a href="./202604/t20260416_207.html" target="_blank">在线访谈：聚焦稳就业 县人社局局长李明与网友在线交流</a><span class="date">2026-04-16</span></li>
      <li><a href="./202511/t20251120_190.html" target="_blank">在线访谈：冬季安全生产面对面</a><span class="date">2025-11-20</span></li>
      </ul></div>
      <div class="footer"><p>主办单位：桂江县人民政府办公室</p><p>网站标识码：4503300001</p></div></body></html>""";

  @TempDir Path tmp;
  private HttpServer server;
  private String home;

  @BeforeEach
  void serve() throws Exception {
    String jobs = page("interview-trs-figures-utf8.html");
    String lastYear = jobs.replace("2026-04-16", "2025-11-20").replace("聚焦稳就业 县人社局局长李明与网友在线交流", "冬季安全生产面对面")
        .replace("网友提问56条", "网友提问300条").replace("1,234", "9,999");
    Map<String, byte[]> pages = Map.of(
        "/", HOME.getBytes(StandardCharsets.UTF_8),
        "/hdjl/zxft/index.html", LIST.getBytes(StandardCharsets.UTF_8),
        "/hdjl/zxft/202604/t20260416_207.html", jobs.getBytes(StandardCharsets.UTF_8),
        "/hdjl/zxft/202511/t20251120_190.html", lastYear.getBytes(StandardCharsets.UTF_8),
        "/hdjl/zxft/202606/t20260602_215.html", bytes("interview-trs-preview-utf8.html"),
        "/art/2026/5/20/art_2395_614022.html", bytes("interview-hanweb-transcript-gbk.html"));
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
  void netizenMessagesAreTheSumOfWhatTheInterviewsOfTheYearPrintWithHowManyPrintedOne() throws Exception {
    JsonNode interaction = interaction();
    assertThat(interaction.at("/interviews/value").asInt()).isEqualTo(3);
    JsonNode questions = interaction.at("/interview_questions");
    assertThat(questions.at("/value").asInt()).isEqualTo(56 + 120);
    assertThat(questions.at("/source").asText()).isEqualTo("crawled");
    assertThat(questions.at("/evidence").toString()).contains(home + "hdjl/zxft/202604/t20260416_207.html")
        .contains(home + "art/2026/5/20/art_2395_614022.html").doesNotContain("t20251120_190");
    assertThat(questions.at("/note").asText()).contains("2 of the 3 interviews of 2026").contains("the other 1");
  }

  @Test
  void answersAddThePrintedCountAndTheQuestionsAGuestAnswersInATranscript() throws Exception {
    JsonNode answers = interaction().at("/interview_answers");
    assertThat(answers.at("/value").asInt()).isEqualTo(32 + 2);
    assertThat(answers.at("/evidence")).hasSize(2);
    assertThat(answers.at("/note").asText()).contains("1 of them print no count").contains("transcript");
  }

  @Test
  void viewersAreReadOnlyFromTheInterviewPrintingACounter() throws Exception {
    JsonNode viewers = interaction().at("/interview_viewers");
    assertThat(viewers.at("/value").asInt()).isEqualTo(1234);
    assertThat(viewers.at("/evidence")).hasSize(1);
    assertThat(viewers.at("/note").asText()).contains("1 of the 3 interviews of 2026");
  }

  private static String page(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String name) {
    try (InputStream in = ReportCountsInterviewFiguresTest.class.getResourceAsStream("/pages/unit/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
