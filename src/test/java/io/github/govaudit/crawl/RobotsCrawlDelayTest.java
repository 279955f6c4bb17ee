package io.github.govaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RobotsCrawlDelayTest {

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

  @Test
  void readsTheCrawlDelayForAllAgentsInMilliseconds() throws Exception {
    URI home = serve("User-agent: *\nCrawl-delay: 2\nDisallow: /admin/\n");
    assertThat(new RobotsCrawlDelay().of(home, "govaudit/test")).hasValue(2000);
  }

  @Test
  void noCrawlDelayOrNoRobotsTxtMeansNoOpinion() throws Exception {
    URI home = serve("User-agent: *\nDisallow: /internal/\n");
    assertThat(new RobotsCrawlDelay().of(home, "govaudit/test")).isEmpty();
    stop();
    assertThat(new RobotsCrawlDelay().of(serve(""), "govaudit/test")).isEmpty();
  }

  @Test
  void anAbsurdDelayIsCapped() throws Exception {
    URI home = serve("User-agent: *\nCrawl-delay: 120\n");
    assertThat(new RobotsCrawlDelay().of(home, "govaudit/test")).hasValue(RobotsCrawlDelay.MAX_DELAY_MS);
  }
}
