package io.github.govaudit.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small county-government site with designed defects, on loopback, and a second server playing
 * another host ({@code localhost}) that its external links point to. Monitoring point: 2026-11-30.
 *
 * <p>Defects: 政务动态 column stale (newest 2026-10-20), 通知公告 blank (暂无信息), a dead internal link and
 * a dead external link on the home page, a missing banner image, an article whose footer lacks the
 * ICP number, a GBK article printing another 网站标识码. Decoys: a link that answers 429 once then 200,
 * one behind an anti-bot 403 challenge, a 301→302 redirect chain, one that answers too slowly, the
 * 党政机关 badge link (third-party, skipped).
 */
final class InspectionSite implements AutoCloseable {

  static final String SITE_CODE = "4501990001";
  static final String OTHER_SITE_CODE = "4501990099";

  private static final String FOOTER_TEMPLATE = """
      <div class="footer"><p>主办单位：桂江市青山县人民政府办公室　承办单位：青山县大数据发展中心</p>
      <p>网站标识码：%s　%s　桂公网安备45019902000123号</p>
      <p><a href="/wzdt.html">网站地图</a>　联系电话：0771-5551234</p>
      <a href="https://bszs.conac.cn/sitename?method=show&amp;id=0A1B2C3D4E5F60718293A4B5C6D7E8F9"><img id="imgConac" alt="党政机关"></a>
      <script type="text/javascript">document.write(unescape("%%3Cspan id='_ideConac' %%3E%%3C/span%%3E"));</script>
      <script id="_jiucuo_" sitecode='4501990001' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script></div>""";

  static final String FOOTER = FOOTER_TEMPLATE.formatted(SITE_CODE, "桂ICP备12003456号-1");
  static final String FOOTER_WITHOUT_ICP = FOOTER_TEMPLATE.formatted(SITE_CODE, "");
  static final String FOOTER_OTHER_CODE = FOOTER_TEMPLATE.formatted(OTHER_SITE_CODE, "桂ICP备12003456号-1");

  private final HttpServer site;
  private final HttpServer other;
  private final ExecutorService workers = Executors.newFixedThreadPool(8);
  private final Map<String, byte[]> pages = new HashMap<>();
  private final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();
  private volatile boolean goneRepaired;

  InspectionSite() throws IOException {
    site = server(this::answerSite);
    other = server(this::answerOther);
    buildPages();
  }

  private HttpServer server(com.sun.net.httpserver.HttpHandler handler) throws IOException {
    HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    s.createContext("/", handler);
    s.setExecutor(workers);
    s.start();
    return s;
  }

  String home() {
    return "http://127.0.0.1:" + site.getAddress().getPort() + "/";
  }

  /** The other host, {@code http://localhost:PORT/}. */
  String otherHost() {
    return "http://localhost:" + other.getAddress().getPort() + "/";
  }

  /** The dead external link starts answering. */
  void repairGoneLink() {
    goneRepaired = true;
  }

  /** How often the other host was asked for {@code path}. */
  int asked(String path) {
    return asked.getOrDefault(path, new AtomicInteger()).get();
  }

  private void buildPages() {
    String o = otherHost();
    put("/", page("青山县人民政府门户网站", "", """
        <div class="nav"><a href="/">首页</a> <a href="/jryw/index.html">今日要闻</a> <a href="/zwdt/index.html">政务动态</a>
        <a href="/tzgg/index.html">通知公告</a> <a href="/zcwj/index.html">政策文件</a></div>
        <img src="/images/logo.png" alt="青山县人民政府"><img src="/images/banner-missing.png" alt="主题横幅">
        <div class="yw"><h3>今日要闻</h3><ul>
        <li><a href="/jryw/202611/t20261125_51.html">县政府召开第30次常务会议</a><span>2026-11-25</span></li>
        <li><a href="/jryw/202611/t20261120_50.html">全县冬季森林防火工作会议召开</a><span>2026-11-20</span></li>
        <li><a href="/zwdt/202610/t20261001_404.html">已删除的文章</a><span>2026-10-01</span></li>
        </ul></div>
        <div class="links"><h3>友情链接</h3>
        <a href="%sgone.html">市政务服务网</a> <a href="%sbusy.html">市统计局</a> <a href="%sguarded.html">市公安局</a>
        <a href="%sold.html">市人民政府</a> <a href="%sslow.html">市气象局</a></div>
        """.formatted(o, o, o, o, o), FOOTER));
    put("/jryw/index.html", list("今日要闻", "/jryw/index.html", """
        <li><a href="./202611/t20261125_51.html">县政府召开第30次常务会议</a><span>2026-11-25</span></li>
        <li><a href="./202611/t20261120_50.html">全县冬季森林防火工作会议召开</a><span>2026-11-20</span></li>
        <li><a href="./202611/t20261112_49.html">县领导调研乡村振兴重点项目</a><span>2026-11-12</span></li>"""));
    put("/jryw/202611/t20261125_51.html", item("县政府召开第30次常务会议", "2026-11-25", "今日要闻", "/jryw/index.html", FOOTER));
    put("/jryw/202611/t20261120_50.html", item("全县冬季森林防火工作会议召开", "2026-11-20", "今日要闻", "/jryw/index.html", FOOTER));
    put("/jryw/202611/t20261112_49.html", item("县领导调研乡村振兴重点项目", "2026-11-12", "今日要闻", "/jryw/index.html", FOOTER));
    put("/zwdt/index.html", list("政务动态", "/zwdt/index.html", """
        <li><a href="./202610/t20261020_12.html">青山县召开2026年秋季安全生产工作会议</a><span>2026-10-20</span></li>
        <li><a href="./202609/t20260915_11.html">县政府与市农科院签订合作协议</a><span>2026-09-15</span></li>"""));
    put("/zwdt/202610/t20261020_12.html",
        item("青山县召开2026年秋季安全生产工作会议", "2026-10-20", "政务动态", "/zwdt/index.html", FOOTER_WITHOUT_ICP));
    put("/zwdt/202609/t20260915_11.html", item("县政府与市农科院签订合作协议", "2026-09-15", "政务动态", "/zwdt/index.html", FOOTER));
    put("/tzgg/index.html", list("通知公告", "/tzgg/index.html", "<li class=\"empty\">暂无信息</li>"));
    put("/zcwj/index.html", list("政策文件", "/zcwj/index.html", """
        <li><a href="./202609/t20260901_31.html">青山县人民政府关于印发青山县农村人居环境整治实施方案的通知</a><span>2026-09-01</span></li>
        <li><a href="./202607/t20260710_30.html">青山县人民政府办公室关于做好2026年防汛工作的通知</a><span>2026-07-10</span></li>"""));
    pages.put("/zcwj/202609/t20260901_31.html", item("青山县人民政府关于印发青山县农村人居环境整治实施方案的通知", "2026-09-01",
        "政策文件", "/zcwj/index.html", FOOTER_OTHER_CODE).replace("charset=\"utf-8\"", "charset=\"gbk\"")
        .getBytes(Charset.forName("GBK")));
    put("/zcwj/202607/t20260710_30.html",
        item("青山县人民政府办公室关于做好2026年防汛工作的通知", "2026-07-10", "政策文件", "/zcwj/index.html", FOOTER));
    put("/wzdt.html", page("网站地图", "", "<ul><li><a href=\"/jryw/index.html\">今日要闻</a></li></ul>", FOOTER));
    pages.put("/images/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
  }

  private void put(String path, String html) {
    pages.put(path, html.getBytes(StandardCharsets.UTF_8));
  }

  private static String page(String title, String head, String main, String footer) {
    return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + title + "</title>" + head
        + "<meta name=\"SiteName\" content=\"青山县人民政府门户网站\"></head><body>" + main + footer + "</body></html>";
  }

  private static String list(String column, String url, String items) {
    return page(column + "_青山县人民政府门户网站", "<meta name=\"ColumnName\" content=\"" + column + "\">",
        "<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"" + url + "\">" + column + "</a></div>"
            + "<div class=\"list\"><ul>" + items + "</ul></div>"
            + "<script>var countPage = 1; createPageHTML(1, 0, \"index\", \"html\");</script>", FOOTER);
  }

  private static String item(String title, String date, String column, String columnUrl, String footer) {
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title>"
        + "<meta name=\"ArticleTitle\" content=\"" + title + "\"><meta name=\"PubDate\" content=\"" + date + " 09:30\">"
        + "</head><body><div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"" + columnUrl + "\">" + column
        + "</a></div><div class=\"article\"><h1>" + title + "</h1><p class=\"info\">发布时间：" + date + "　来源：县政府办</p>"
        + "<div class=\"content\"><p>" + title + "。会议强调，要坚持稳中求进工作总基调，统筹发展和安全，扎实做好岁末年初各项工作，"
        + "确保全县经济社会大局稳定。各乡镇、各部门要压实责任，细化措施，抓好落实。</p></div></div>" + footer + "</body></html>";
  }

  private void answerSite(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    byte[] body = pages.get(path);
    if (body == null) {
      send(ex, 404, "text/html; charset=UTF-8", "<html><head><title>404 页面不存在</title></head><body>页面不存在</body></html>");
      return;
    }
    String type = path.endsWith(".png") ? "image/png" : path.startsWith("/zcwj/202609/") ? "text/html" : "text/html; charset=UTF-8";
    send(ex, 200, type, body);
  }

  private void answerOther(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    int n = asked.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
    switch (path) {
      case "/gone.html" -> {
        if (goneRepaired) {
          send(ex, 200, "text/html; charset=UTF-8", "<html><head><title>市政务服务网</title></head><body>办事大厅</body></html>");
        } else {
          send(ex, 404, "text/html; charset=UTF-8", "<html><head><title>404 Not Found</title></head><body>Not Found</body></html>");
        }
      }
      case "/busy.html" -> {
        if (n == 1) {
          ex.getResponseHeaders().set("Retry-After", "1");
          send(ex, 429, "text/html", "too many requests");
        } else {
          send(ex, 200, "text/html; charset=UTF-8", "<html><head><title>市统计局</title></head><body>统计数据发布</body></html>");
        }
      }
      case "/guarded.html" -> send(ex, 403, "text/html", "<html><head><script>var $_ts=window['$_ts'];"
          + "document.cookie='FSSBBIl1UgzbN7N80S=abc';location.reload();</script></head><body></body></html>");
      case "/old.html" -> redirect(ex, 301, "/mid.html");
      case "/mid.html" -> redirect(ex, 302, otherHost() + "new.html");
      case "/new.html" -> send(ex, 200, "text/html; charset=UTF-8", "<html><head><title>市人民政府</title></head><body>首页</body></html>");
      case "/slow.html" -> {
        sleep(3000);
        send(ex, 200, "text/html; charset=UTF-8", "<html><head><title>市气象局</title></head><body>天气</body></html>");
      }
      default -> send(ex, 404, "text/html", "not found");
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void redirect(HttpExchange ex, int status, String location) throws IOException {
    ex.getResponseHeaders().set("Location", location);
    ex.sendResponseHeaders(status, -1);
    ex.close();
  }

  private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    send(ex, status, type, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    try (ex; OutputStream out = ex.getResponseBody()) {
      ex.getResponseHeaders().set("Content-Type", type);
      if (ex.getRequestMethod().equals("HEAD")) {
        ex.sendResponseHeaders(status, -1);
        return;
      }
      ex.sendResponseHeaders(status, body.length);
      out.write(body);
    } catch (IOException e) {
      // the client gave up (a timeout it was meant to hit)
    }
  }

  @Override
  public void close() {
    site.stop(0);
    other.stop(0);
    workers.shutdownNow();
  }
}
