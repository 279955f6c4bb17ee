package io.github.govaudit.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The link checker's rules on one loopback host: retries, HEAD refused, soft 404, robots, politeness. */
class LinkCheckerTest {

  private HttpServer server;
  private final ExecutorService workers = Executors.newFixedThreadPool(16);
  private final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.setExecutor(workers);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    workers.shutdownNow();
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private void answer(HttpExchange ex) throws IOException {
    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    String path = ex.getRequestURI().getPath();
    int n = asked.computeIfAbsent(ex.getRequestMethod() + " " + path, k -> new AtomicInteger()).incrementAndGet();
    if (path.equals("/robots.txt")) {
      send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
    } else if (path.equals("/unavailable.html")) {
      send(ex, n <= 2 && ex.getRequestMethod().equals("HEAD") ? 503 : 200, "text/html", "<title>ok</title>");
    } else if (path.equals("/broken-server.html")) {
      send(ex, 500, "text/html", "<title>error</title>");
    } else if (path.equals("/no-head.pdf")) {
      send(ex, ex.getRequestMethod().equals("HEAD") ? 405 : 200, "application/pdf", "%PDF-1.4");
    } else if (path.equals("/soft404.html")) {
      send(ex, 200, "text/html; charset=UTF-8", "<html><head><title>页面不存在</title></head><body>对不起，您访问的页面不存在</body></html>");
    } else {
      sleep(5);
      send(ex, 200, "text/html; charset=UTF-8", "<html><head><title>正常页面</title></head><body>" + "内容".repeat(400) + "</body></html>");
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Answers; the request stops counting as in flight before its answer leaves, since the checker
   * may ask the next link the moment the answer arrives, before this thread runs again.
   */
  private void send(HttpExchange ex, int status, String type, String body) throws IOException {
    inFlight.decrementAndGet();
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    try (ex; OutputStream out = ex.getResponseBody()) {
      ex.getResponseHeaders().set("Content-Type", type);
      if (ex.getRequestMethod().equals("HEAD")) {
        ex.sendResponseHeaders(status, -1);
      } else {
        ex.sendResponseHeaders(status, b.length);
        out.write(b);
      }
    }
  }

  private LinkChecker checker() throws Exception {
    Ruleset.LinkPolicy p = new RulesetLoader().defaults().ruleset().links().withDelayMs(0).withBackoffMs(20)
        .withTimeoutSeconds(2);
    return new LinkChecker(p, "govaudit-test");
  }

  @Test
  void a503IsRetriedAndThenCountsAsAnswered() throws Exception {
    try (LinkChecker c = checker()) {
      LinkResult r = c.check(url("/unavailable.html"));
      assertThat(r.outcome()).isEqualTo(LinkOutcome.OK);
      assertThat(r.attempts()).isEqualTo(3);
    }
  }

  @Test
  void a500AfterEveryRetryIsBrokenButAfterOneAttemptOnlyUnverified() throws Exception {
    try (LinkChecker c = checker()) {
      LinkResult r = c.check(url("/broken-server.html"));
      assertThat(r.outcome()).isEqualTo(LinkOutcome.BROKEN);
      assertThat(r.reason()).isEqualTo("http 500 after 3 attempts");
    }
  }

  @Test
  void aRefusedHeadFallsBackToGet() throws Exception {
    try (LinkChecker c = checker()) {
      assertThat(c.check(url("/no-head.pdf")).outcome()).isEqualTo(LinkOutcome.OK);
      assertThat(asked.get("GET /no-head.pdf").get()).isEqualTo(1);
    }
  }

  @Test
  void aPageSayingNotFoundWith200IsASoft404() throws Exception {
    try (LinkChecker c = checker()) {
      assertThat(c.check(url("/soft404.html")).outcome()).isEqualTo(LinkOutcome.BROKEN);
    }
  }

  @Test
  void aLinkRobotsTxtForbidsIsNotAskedForAndStaysUnverified() throws Exception {
    try (LinkChecker c = checker()) {
      LinkResult r = c.check(url("/private/report.html"));
      assertThat(r.outcome()).isEqualTo(LinkOutcome.UNVERIFIED);
      assertThat(r.reason()).contains("robots.txt");
      assertThat(asked).doesNotContainKeys("HEAD /private/report.html", "GET /private/report.html");
    }
  }

  @Test
  void retryAfterIsReadAsSecondsOrAnHttpDate() {
    assertThat(LinkChecker.retryAfterMs("2")).contains(2000L);
    assertThat(LinkChecker.retryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT")).contains(0L);
    assertThat(LinkChecker.retryAfterMs("soon")).isEmpty();
  }

  @Test
  void neverAsksOneHostForMoreThanTwoLinksAtOnce() throws Exception {
    java.util.List<String> urls = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      urls.add(url("/page" + i + ".html"));
    }
    try (LinkChecker c = checker()) {
      assertThat(c.checkAll(urls).values()).allMatch(r -> r.outcome() == LinkOutcome.OK);
    }
    assertThat(maxInFlight.get()).isLessThanOrEqualTo(2);
  }
}
