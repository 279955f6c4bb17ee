package io.github.govaudit.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.function.Function;

/**
 * A small site on a loopback JDK HttpServer: each path answers 200 with the bytes {@code pages}
 * gives it ({@code text/plain} for {@code .txt}, else {@code text/html}), or 404 when it gives null.
 */
final class PageServer {

  private PageServer() {}

  /** A started server answering from {@code pages}; stop it with {@code stop(0)}. */
  static HttpServer serve(Function<String, byte[]> pages) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      byte[] body = pages.apply(path);
      if (body == null) {
        ex.sendResponseHeaders(404, -1);
      } else {
        ex.getResponseHeaders().set("Content-Type", path.endsWith(".txt") ? "text/plain" : "text/html");
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
      }
      ex.close();
    });
    server.start();
    return server;
  }
}
