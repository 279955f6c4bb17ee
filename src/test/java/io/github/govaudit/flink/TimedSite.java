package io.github.govaudit.flink;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A loopback server of small linked sites under {@code /<name>/} (a home page linking its pages),
 * logging when each request arrived.
 */
final class TimedSite implements AutoCloseable {

  /** One request: its path and when it arrived (nanoTime). */
  record Request(String path, long nanos) {}

  private final HttpServer server;
  private final List<Request> log = new ArrayList<>();

  TimedSite(int pagesPerSite) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      try (exchange) {
        String path = exchange.getRequestURI().getRawPath();
        synchronized (log) {
          log.add(new Request(path, System.nanoTime()));
        }
        String body;
        String type = "text/html; charset=utf-8";
        if (path.equals("/robots.txt")) {
          body = "User-agent: *\nAllow: /\n";
          type = "text/plain";
        } else if (path.endsWith("/")) {
          StringBuilder b = new StringBuilder("<html><head><title>首页</title></head><body>");
          for (int i = 1; i <= pagesPerSite; i++) {
            b.append("<a href=\"").append(path).append(i).append(".html\">第").append(i).append("篇</a>");
          }
          body = b.append("</body></html>").toString();
        } else {
          body = "<html><head><title>" + path + "</title></head><body><p>正文</p></body></html>";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream o = exchange.getResponseBody()) {
          o.write(bytes);
        }
      }
    });
    server.start();
  }

  /** The home page of the site named {@code name}. */
  String home(String name) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name + "/";
  }

  List<Request> requests() {
    synchronized (log) {
      return List.copyOf(log);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
