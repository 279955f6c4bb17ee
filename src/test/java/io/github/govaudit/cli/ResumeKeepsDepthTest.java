package io.github.govaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A resumed crawl keeps counting link depth from the home page, so max_depth still holds. */
class ResumeKeepsDepthTest {

  @TempDir Path tmp;
  private HttpServer server;
  private final List<String> requested = new CopyOnWriteArrayList<>();

  private static String page(String title, String next) {
    return "<html><head><meta charset=\"utf-8\"><title>" + title + "_示范县人民政府</title></head><body>"
        + "<div class=\"nav\"><a href=\"/\">首页</a></div><div class=\"content\"><h1>" + title + "</h1>"
        + "<p>为进一步做好全县政务公开工作，现将有关事项通知如下。</p>"
        + (next == null ? "" : "<p><a href=\"" + next + "\">下一篇：相关工作安排</a></p>")
        + "</div><div class=\"footer\">主办单位：示范县人民政府办公室 网站标识码：4509000001</div></body></html>";
  }

  @BeforeEach
  void serve() throws Exception {
    server = PageServer.serve(path -> {
      requested.add(path);
      String body = switch (path) {
        case "/" -> page("示范县人民政府门户网站", "/a/1.html");
        case "/a/1.html" -> page("全县政务公开工作会议召开", "/b/2.html");
        case "/b/2.html" -> page("县政府召开常务会议研究部署重点工作", "/c/3.html");
        case "/c/3.html" -> page("县政府办公室关于做好节日值班工作的通知", null);
        case "/robots.txt" -> "User-agent: *\nAllow: /\n";
        default -> null;
      };
      return body == null ? null : body.getBytes(StandardCharsets.UTF_8);
    });
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private int run(String... args) {
    return new Main(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())).execute(args);
  }

  @Test
  void aResumedCrawlStillStopsAtTheProfilesMaxDepth() throws Exception {
    Path profile = tmp.resolve("county.yaml");
    Files.writeString(profile, "home: http://127.0.0.1:" + server.getAddress().getPort() + "/\n"
        + "politeness:\n  delay_ms: 0\nlimits:\n  max_depth: 2\n");
    Path data = tmp.resolve("data");
    assertThat(run("crawl", "--profile", profile.toString(), "--data", data.toString(), "--max-pages", "2")).isZero();
    assertThat(requested).doesNotContain("/b/2.html");
    assertThat(run("crawl", "--profile", profile.toString(), "--data", data.toString())).isZero();
    assertThat(requested).contains("/", "/a/1.html", "/b/2.html").doesNotContain("/c/3.html");
  }
}
