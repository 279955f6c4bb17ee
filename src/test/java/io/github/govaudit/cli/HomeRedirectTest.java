package io.github.govaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A home URL that redirects (/ → /index.shtml, as many portals do) still gives the home page's marks. */
class HomeRedirectTest {

  private static final String HOME_PAGE = """
      <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>示范市人民政府门户网站</title>
      <meta name="SiteName" content="示范市人民政府门户网站"></head><body>
      <div class="nav"><a href="/index.shtml">首页</a> <a href="/zwgk/">政务公开</a></div>
      <div class="yw"><ul><li><a href="/zwgk/yw/202611/t20261120_31.shtml">市政府召开第45次常务会议</a><span>2026-11-20</span></li></ul></div>
      <div class="footer"><p>主办单位：示范市人民政府办公室　承办单位：示范市大数据中心</p>
      <p>网站标识码：3301000001　浙ICP备05012345号-1　浙公网安备33010202000123号</p></div></body></html>""";

  @TempDir Path tmp;
  private HttpServer server;

  @BeforeEach
  void serve() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    Map<String, String> pages = Map.of("/index.shtml", HOME_PAGE, "/robots.txt", "User-agent: *\nAllow: /\n");
    server.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      if (path.equals("/")) {
        ex.getResponseHeaders().set("Location", "/index.shtml");
        ex.sendResponseHeaders(302, -1);
      } else if (pages.containsKey(path)) {
        byte[] body = pages.get(path).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", path.endsWith(".txt") ? "text/plain" : "text/html");
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
      } else {
        ex.sendResponseHeaders(404, -1);
      }
      ex.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private int run(String... args) {
    return new Main(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())).execute(args);
  }

  @Test
  void basicInfoComesFromThePageTheHomeRedirectsTo() throws Exception {
    String home = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    Path data = tmp.resolve("data");
    assertThat(run("crawl", "--home", home, "--data", data.toString(), "--delay", "0")).isZero();
    assertThat(run("report", "--data", data.toString(), "--year", "2026", "--out", tmp.toString())).isZero();
    JsonNode basic = new ObjectMapper().readTree(tmp.resolve("work-report-2026.json").toFile()).at("/sections/basic_info");
    assertThat(basic.at("/site_code/value").asText()).isEqualTo("3301000001");
    assertThat(basic.at("/icp/value").asText()).isEqualTo("浙ICP备05012345号-1");
    assertThat(basic.at("/sponsor/value").asText()).isEqualTo("示范市人民政府办公室");
    assertThat(basic.at("/site_name/value").asText()).isEqualTo("示范市人民政府门户网站");
    assertThat(basic.at("/site_code/evidence/0").asText()).endsWith("/index.shtml");
  }
}
