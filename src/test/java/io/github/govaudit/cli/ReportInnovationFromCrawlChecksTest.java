package io.github.govaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 创新发展 rows come from what the crawl asked the site, not only from the home page's links:
 * a search that lists a stored article, an English version in English, a toolbar script that
 * loads; a 繁體 link to a simplified page and a toolbar script that answers with an error page do
 * not count.
 */
class ReportInnovationFromCrawlChecksTest {

  private static final String TITLE = "市政府召开第45次常务会议研究部署冬春农田水利建设";

  private static final String HOME = """
      <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>桂江市人民政府门户网站</title>
      <script src="/wza/aria.js?appid=0f1e2d3c4b5a69788796a5b4c3d2e1f0"></script><script src="/wza/wza-old.js"></script></head>
      <body><div class="top"><a href="/en/index.html">English</a> <a href="/fanti/index.html">繁體</a></div>
      <form action="/jsearch/search.jsp" method="get"><input type="hidden" name="webid" value="12">
      <input type="text" name="q"><input type="submit" value="搜索"></form>
      <div class="yw"><ul><li><a href="/zwdt/202611/t20261120_31.html">%s</a><span>2026-11-20</span></li>
      <li><a href="/zwdt/202611/t20261118_30.html">全市秋冬季安全生产工作会议召开</a><span>2026-11-18</span></li></ul></div>
      <div class="footer">主办单位：桂江市人民政府办公室</div></body></html>""".formatted(TITLE);

  @TempDir Path tmp;
  private HttpServer server;

  @BeforeEach
  void serve() throws Exception {
    Map<String, String> pages = Map.of(
        "/", HOME,
        "/zwdt/202611/t20261120_31.html", article(TITLE),
        "/zwdt/202611/t20261118_30.html", article("全市秋冬季安全生产工作会议召开"),
        "/jsearch/search.jsp", "<html><body><h2>检索结果</h2><ul><li><a href=\"/zwdt/202611/t20261120_31.html\">"
            + TITLE + "</a> 2026-11-20</li></ul></body></html>",
        "/en/index.html", "<html lang=\"en\"><head><title>Guijiang</title></head><body><h1>Welcome to Guijiang"
            + "</h1><p>News and government information of Guijiang City.</p></body></html>",
        "/fanti/index.html", "<html><head><title>桂江市人民政府</title></head><body><p>桂江市人民政府门户网站。这里发布本市"
            + "政务动态与机关信息，为民服务。</p></body></html>",
        "/wza/aria.js", "(function(){window.aria={start:function(){}};})();",
        "/wza/wza-old.js", "<html><body><h1>404 页面不存在</h1></body></html>");
    server = PageServer.serve(p -> pages.containsKey(p) ? pages.get(p).getBytes(StandardCharsets.UTF_8) : null);
  }

  private static String article(String title) {
    return "<html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><h1>" + title
        + "</h1><p>发布时间：2026-11-20</p><div class=\"content\"><p>" + title + "。会议强调，要扎实做好各项工作。</p></div>"
        + "</body></html>";
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void theRowsSayWhatAskingTheSiteShowed() throws Exception {
    String home = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    Path data = tmp.resolve("data");
    assertThat(Cli.run("crawl", "--home", home, "--data", data.toString(), "--delay", "0").code()).isZero();
    assertThat(Cli.run("report", "--data", data.toString(), "--year", "2026", "--out", tmp.toString(),
        "--format", "json").code()).isZero();
    JsonNode innovation = new ObjectMapper().readTree(tmp.resolve("work-report-2026.json").toFile())
        .at("/sections/innovation");

    JsonNode search = innovation.get("search_as_service");
    assertThat(search.get("source").asText()).isEqualTo("crawled");
    assertThat(search.at("/evidence/0").asText()).startsWith(home + "jsearch/search.jsp?").contains("webid=12");
    assertThat(search.get("note").asText()).contains(TITLE).contains("listed it");

    JsonNode languages = innovation.get("multilingual");
    assertThat(languages.get("value").asText()).isEqualTo("English");
    assertThat(languages.get("note").asText()).contains("answers in en").contains("not counted: " + home + "fanti/");

    JsonNode accessibility = innovation.get("accessibility");
    assertThat(accessibility.get("value").asText()).isEqualTo("yes");
    assertThat(accessibility.get("evidence").toString()).contains("aria.js").doesNotContain("wza-old.js");
  }
}
