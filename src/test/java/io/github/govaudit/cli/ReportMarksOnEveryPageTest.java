package io.github.govaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's {@code marks} block checks every page, not only the home page: an item page of an
 * old template without the ICP and 公安 numbers, and a GBK page printing an outdated 公安 number and a
 * 9-digit 网站标识码, are each listed with their URL.
 */
class ReportMarksOnEveryPageTest {

  private static final String FOOTER = """
      <div class="footer"><p>主办单位：桂江市人民政府办公室　承办单位：桂江市大数据发展局</p>
      <p>网站标识码：4501990001　<a href="https://beian.miit.gov.cn/">桂ICP备12003456号-1</a>
      <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=45019902000123">桂公网安备 45019902000123号</a></p>
      <span id="_ideConac"></span>
      <script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/33/000/0000/60412345/CA203310000604123450001.js' type='text/javascript'%3E%3C/script%3E"));</script>
      <script id="_jiucuo_" sitecode='4501990001' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script></div>""";

  /** The footer of pages made from the 2015 template: sponsor only. */
  private static final String OLD_FOOTER = """
      <div class="foot"><p>版权所有：桂江市人民政府　主办单位：桂江市人民政府办公室</p><p>建议使用1024×768分辨率浏览</p></div>""";

  /** A department page that kept an earlier 公安 filing and misprints the site code. */
  private static final String STALE_FOOTER = """
      <div class="footer"><p>主办单位：桂江市人民政府办公室</p>
      <p>网站标识码：450199000　桂ICP备12003456号-1　桂公网安备45019902000077号</p>
      <script src="https://dcs.conac.cn/js/33/000/0000/60412345/CA203310000604123450001.js"></script></div>""";

  private static final String HOME = page("桂江市人民政府门户网站", """
      <div class="nav"><a href="/">首页</a> <a href="/zwdt/gzdt/index.html">工作动态</a></div>
      <div class="yw"><ul><li><a href="/zwdt/gzdt/202611/t20261120_31.html">市政府召开第45次常务会议</a><span>2026-11-20</span></li></ul></div>
      """, FOOTER);

  private static final String LIST = page("工作动态_桂江市人民政府门户网站", """
      <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwdt/gzdt/index.html">工作动态</a></div>
      <ul class="list">
      <li><a href="./202611/t20261120_31.html">市政府召开第45次常务会议</a><span>2026-11-20</span></li>
      <li><a href="./202610/t20261015_22.html">全市秋冬季安全生产工作会议召开</a><span>2026-10-15</span></li>
      <li><a href="./202609/t20260902_17.html">桂江市2026年第三季度重点项目集中开工</a><span>2026-09-02</span></li>
      </ul>""", FOOTER);

  @TempDir Path tmp;
  private HttpServer server;

  private static String page(String title, String main, String footer) {
    return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
        + main + footer + "</body></html>";
  }

  private static String item(String title, String date, String footer, String charset) {
    return "<!DOCTYPE html><html><head><meta charset=\"" + charset + "\"><title>" + title + "</title>"
        + "<meta name=\"ArticleTitle\" content=\"" + title + "\"><meta name=\"PubDate\" content=\"" + date + " 09:30\">"
        + "</head><body><div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwdt/gzdt/index.html\">工作动态</a>"
        + "</div><div class=\"article\"><h1>" + title + "</h1><p class=\"info\">发布时间：" + date + "</p>"
        + "<div class=\"content\"><p>" + title + "。会议强调，要坚持稳中求进工作总基调，扎实做好各项工作。</p></div></div>"
        + footer + "</body></html>";
  }

  @BeforeEach
  void serve() throws Exception {
    Charset gbk = Charset.forName("GBK");
    Map<String, byte[]> pages = Map.of(
        "/", HOME.getBytes(StandardCharsets.UTF_8),
        "/zwdt/gzdt/index.html", LIST.getBytes(StandardCharsets.UTF_8),
        "/zwdt/gzdt/202611/t20261120_31.html",
        item("市政府召开第45次常务会议", "2026-11-20", FOOTER, "utf-8").getBytes(StandardCharsets.UTF_8),
        "/zwdt/gzdt/202610/t20261015_22.html",
        item("全市秋冬季安全生产工作会议召开", "2026-10-15", OLD_FOOTER, "utf-8").getBytes(StandardCharsets.UTF_8),
        "/zwdt/gzdt/202609/t20260902_17.html",
        item("桂江市2026年第三季度重点项目集中开工", "2026-09-02", STALE_FOOTER, "gb2312").getBytes(gbk),
        "/robots.txt", "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8));
    server = PageServer.serve(pages::get);
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private int run(String... args) {
    return new Main(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())).execute(args);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void listsThePagesMissingAMarkShowingAnotherOrPrintingItMalformed() throws Exception {
    String home = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    Path data = tmp.resolve("data");
    assertThat(run("crawl", "--home", home, "--data", data.toString(), "--delay", "0")).isZero();
    assertThat(run("report", "--data", data.toString(), "--year", "2026", "--out", tmp.toString())).isZero();
    JsonNode marks = new ObjectMapper().readTree(tmp.resolve("work-report-2026.json").toFile()).get("marks");
    String old = home + "zwdt/gzdt/202610/t20261015_22.html";
    String stale = home + "zwdt/gzdt/202609/t20260902_17.html";

    JsonNode icp = marks.get("icp");
    assertThat(icp.get("value").asText()).isEqualTo("桂ICP备12003456号-1");
    assertThat(icp.get("pages_checked").asInt()).isEqualTo(5);
    assertThat(icp.get("pages_with").asInt()).isEqualTo(4);
    assertThat(texts(icp.get("pages_missing"))).containsExactly(old);

    JsonNode police = marks.get("police");
    assertThat(texts(police.get("pages_missing"))).containsExactly(old);
    assertThat(police.get("pages_different")).hasSize(1);
    assertThat(police.at("/pages_different/0/url").asText()).isEqualTo(stale);
    assertThat(police.at("/pages_different/0/value").asText()).isEqualTo("桂公网安备45019902000077号");

    JsonNode siteCode = marks.get("site_code");
    assertThat(siteCode.get("value").asText()).isEqualTo("4501990001");
    assertThat(texts(siteCode.get("malformed"))).containsExactly(stale);
    assertThat(texts(siteCode.get("pages_missing"))).containsExactlyInAnyOrder(old, stale);

    assertThat(marks.at("/sponsor/pages_with").asInt()).isEqualTo(5);
    assertThat(texts(marks.at("/conac_badge/pages_missing"))).containsExactly(old);
    assertThat(marks.at("/jiucuo/value").asText()).isEqualTo("yes");
    assertThat(texts(marks.at("/jiucuo/pages_missing"))).containsExactlyInAnyOrder(old, stale);
  }
}
