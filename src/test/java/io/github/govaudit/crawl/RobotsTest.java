package io.github.govaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RobotsTest {

  private HttpServer server;

  private URI serve(String robots) throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      byte[] body = robots.getBytes(StandardCharsets.UTF_8);
      int status = robots.isEmpty() ? 404 : 200;
      ex.getResponseHeaders().set("Content-Type", "text/plain");
      ex.sendResponseHeaders(status, status == 404 ? -1 : body.length);
      if (status == 200) {
        ex.getResponseBody().write(body);
      }
      ex.close();
    });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static Robots robots() {
    return new Robots(new Fetcher("govaudit/test", 1 << 20, 1));
  }

  @Test
  void readsTheCrawlDelayForAllAgentsInMilliseconds() throws Exception {
    URI home = serve("User-agent: *\nCrawl-delay: 2\nDisallow: /admin/\n");
    assertThat(robots().crawlDelayMs(home.resolve("/a.html").toString())).isEqualTo(2000);
  }

  @Test
  void noCrawlDelayOrNoRobotsTxtMeansNone() throws Exception {
    URI home = serve("User-agent: *\nDisallow: /internal/\n");
    assertThat(robots().crawlDelayMs(home.toString())).isZero();
    stop();
    assertThat(robots().crawlDelayMs(serve("").toString())).isZero();
  }

  @Test
  void anAbsurdDelayIsCapped() throws Exception {
    URI home = serve("User-agent: *\nCrawl-delay: 120\n");
    assertThat(robots().crawlDelayMs(home.toString())).isEqualTo(Robots.MAX_DELAY_MS);
  }

  @Test
  void disallowedPathsAreRefusedAndOthersAllowed() throws Exception {
    URI home = serve("User-agent: *\nDisallow: /admin/\n\nUser-agent: govaudit\nDisallow: /internal/\n");
    Robots robots = robots();
    assertThat(robots.allows(home.resolve("/internal/x.html").toString())).isFalse();
    assertThat(robots.allows(home.resolve("/zwdt/index.html").toString())).isTrue();
  }

  @Test
  void aMissingRobotsTxtAllowsEverything() throws Exception {
    URI home = serve("");
    assertThat(robots().allows(home.resolve("/admin/x.html").toString())).isTrue();
  }
}
