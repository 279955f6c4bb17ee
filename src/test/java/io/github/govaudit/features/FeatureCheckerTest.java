package io.github.govaudit.features;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.govaudit.crawl.Prober;
import io.github.govaudit.profile.CrawlProfile;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Asks a loopback site (GBK, as many county sites still are) for its feature entries. */
class FeatureCheckerTest {

  private static final Charset GBK = Charset.forName("GBK");
  private static final String TITLE = "桂江市召开2026年优化营商环境推进会";

  private HttpServer server;
  private String base;
  private volatile Function<String, String> results = q -> q.equals(TITLE)
      ? "<ul class=\"result\"><li><a href=\"/zwdt/t20261120_1.html\">" + TITLE + "</a><span>2026-11-20</span></li></ul>"
      : "<p>没有找到相关结果</p>";

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void answer(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    String body;
    String type = "text/html; charset=GBK";
    if (path.equals("/search.jsp")) {
      Map<String, String> q = query(ex.getRequestURI().getRawQuery());
      body = "<html><head><title>检索结果</title></head><body><form action=\"/search.jsp\"><input name=\"searchword\" value=\""
          + q.getOrDefault("searchword", "") + "\"></form>" + ("3".equals(q.get("siteid")) ? results.apply(q.getOrDefault("searchword", ""))
          : "<p>站点参数错误</p>") + "</body></html>";
    } else if (path.equals("/en/")) {
      body = "<html lang=\"en\"><head><title>Guijiang City</title></head><body><h1>Welcome to Guijiang</h1></body></html>";
    } else if (path.equals("/big5/")) {
      body = "<html><head><title>桂江市人民政府</title></head><body><p>桂江市人民政府門戶網站。這裡發佈本市政務動態與機關資訊，為民服務。</p></body></html>";
    } else if (path.equals("/simple/")) {
      body = "<html><head><title>桂江市人民政府</title></head><body><p>桂江市人民政府门户网站。这里发布本市政务动态与机关信息，为民服务。</p></body></html>";
    } else if (path.equals("/wza/aria.js")) {
      body = "(function(){window.ariaToolbar={start:function(){}};})();";
      type = "application/javascript";
    } else if (path.equals("/wza/index.html")) {
      body = "<html><body><h1>无障碍浏览说明</h1></body></html>";
    } else {
      ex.sendResponseHeaders(404, -1);
      ex.close();
      return;
    }
    byte[] bytes = body.getBytes(GBK);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(200, bytes.length);
    ex.getResponseBody().write(bytes);
    ex.close();
  }

  private static Map<String, String> query(String raw) {
    return raw == null ? Map.of() : java.util.Arrays.stream(raw.split("&")).map(p -> p.split("=", 2))
        .collect(Collectors.toMap(p -> URLDecoder.decode(p[0], GBK), p -> p.length > 1 ? URLDecoder.decode(p[1], GBK) : "",
            (a, b) -> a));
  }

  private Document home(String extra) {
    return Jsoup.parse("<html><head><meta charset=\"gbk\"><title>桂江市人民政府门户网站</title></head><body>"
        + "<form action=\"/search.jsp\" method=\"get\"><input type=\"hidden\" name=\"siteid\" value=\"3\">"
        + "<input type=\"text\" name=\"searchword\"><input type=\"submit\" value=\"搜索\"></form>" + extra
        + "</body></html>", base + "/");
  }

  private List<FeatureCheck> check(Document home) {
    CrawlProfile profile = CrawlProfile.forHome(URI.create(base + "/"))
        .withPoliteness(new CrawlProfile.Politeness(0, 1, null));
    try (Prober prober = new Prober(profile)) {
      return new FeatureChecker(prober).check(home, GBK, new FeatureReader().read(home),
          Optional.of(new FeatureChecker.KnownArticle(base + "/zwdt/t20261120_1.html", TITLE)));
    }
  }

  private static FeatureCheck only(List<FeatureCheck> checks, String feature) {
    return checks.stream().filter(c -> c.feature().equals(feature)).findFirst().orElseThrow();
  }

  @Test
  void aSearchThatListsAStoredArticleByItsTitleWorksAndItsQueryIsSentInThePagesCharset() {
    FeatureCheck search = only(check(home("")), FeatureCheck.SEARCH);
    assertThat(search.outcome()).isEqualTo(FeatureCheck.WORKS);
    assertThat(search.url()).startsWith(base + "/search.jsp?").contains("siteid=3");
    assertThat(search.detail()).contains(TITLE).contains("listed it");
  }

  @Test
  void aSearchThatOnlyEchoesTheQueryFails() {
    results = q -> "<p>没有找到相关结果</p>";
    FeatureCheck search = only(check(home("")), FeatureCheck.SEARCH);
    assertThat(search.outcome()).isEqualTo(FeatureCheck.FAILS);
    assertThat(search.detail()).contains("did not list it");
  }

  @Test
  void languageVersionsAreReadForTheirLanguage() {
    List<FeatureCheck> checks = check(home("<a href=\"/en/\">English</a> <a href=\"/big5/\">繁體</a>"
        + " <a href=\"/simple/\">繁体中文</a> <a href=\"/ug/\">维吾尔文</a>"));
    assertThat(checks).filteredOn(c -> c.feature().equals(FeatureCheck.LANGUAGE))
        .extracting(FeatureCheck::label, FeatureCheck::outcome).containsExactly(
            org.assertj.core.groups.Tuple.tuple("English", FeatureCheck.WORKS),
            org.assertj.core.groups.Tuple.tuple("繁體", FeatureCheck.WORKS),
            org.assertj.core.groups.Tuple.tuple("繁体中文", FeatureCheck.FAILS),
            org.assertj.core.groups.Tuple.tuple("维吾尔文", FeatureCheck.FAILS));
  }

  @Test
  void aToolbarScriptMustLoadAsAScriptAndAnOffSiteOneIsNotAsked() {
    List<FeatureCheck> checks = check(home("<a href=\"/wza/index.html\">无障碍浏览</a>"
        + "<script src=\"/wza/aria.js\"></script><script src=\"/wza/wza-dead.js\"></script>"
        + "<script src=\"https://wza.cniil.example/assist.js\"></script>"));
    assertThat(checks).filteredOn(c -> c.feature().equals(FeatureCheck.ACCESSIBILITY))
        .extracting(FeatureCheck::url, FeatureCheck::outcome).containsExactly(
            org.assertj.core.groups.Tuple.tuple(base + "/wza/index.html", FeatureCheck.WORKS),
            org.assertj.core.groups.Tuple.tuple(base + "/wza/aria.js", FeatureCheck.WORKS),
            org.assertj.core.groups.Tuple.tuple(base + "/wza/wza-dead.js", FeatureCheck.FAILS),
            org.assertj.core.groups.Tuple.tuple("https://wza.cniil.example/assist.js", FeatureCheck.UNVERIFIED));
  }

  @Test
  void theLanguageOfTextIsReadFromItsScript() {
    assertThat(Language.ofText("ཀྲུང་གོའི་མི་དམངས་སྤྱི་མཐུན་རྒྱལ་ཁབ")).isEqualTo("bo");
    assertThat(Language.ofText("政府信息公开")).isEqualTo("zh-Hans");
    assertThat(Language.ofText("政府資訊公開，為民服務，這裡發佈")).isEqualTo("zh-Hant");
    assertThat(Language.ofText("The People's Government")).isEqualTo("en");
  }
}
