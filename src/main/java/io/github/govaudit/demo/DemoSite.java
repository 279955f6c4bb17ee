package io.github.govaudit.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Serves the demo site bundled under {@code /demo-site/} in the jar, as a static government site on
 * 127.0.0.1 at a random port. HTML goes out as {@code text/html} with no charset, as many real
 * sites do, so charset detection is exercised.
 */
public final class DemoSite implements AutoCloseable {

  /** Where the site's files sit on the class path. */
  static final String ROOT = "/demo-site";

  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html", "htm", "text/html", "shtml", "text/html", "txt", "text/plain",
      "pdf", "application/pdf", "css", "text/css", "js", "application/javascript",
      "png", "image/png", "jpg", "image/jpeg", "gif", "image/gif");

  private final HttpServer server;
  private final java.util.concurrent.ExecutorService pool;

  private DemoSite(HttpServer server, java.util.concurrent.ExecutorService pool) {
    this.server = server;
    this.pool = pool;
  }

  /** Starts serving; close to stop. */
  public static DemoSite start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    java.util.concurrent.ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "demo-site");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(pool);
    server.createContext("/", DemoSite::serve);
    server.start();
    return new DemoSite(server, pool);
  }

  /** The home page URL. */
  public URI home() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  private static void serve(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      if (path.endsWith("/")) {
        path += "index.html";
      }
      if (path.contains("..")) {
        ex.sendResponseHeaders(400, -1);
        return;
      }
      java.net.URL resource = DemoSite.class.getResource(ROOT + path);
      boolean file = resource != null && !resource.getPath().endsWith("/") && path.lastIndexOf('.') > path.lastIndexOf('/');
      try (InputStream in = file ? resource.openStream() : null) {
        if (in == null) {
          byte[] body = "<html><head><title>404</title></head><body>页面不存在</body></html>".getBytes("UTF-8");
          ex.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
          ex.sendResponseHeaders(404, body.length);
          ex.getResponseBody().write(body);
          return;
        }
        byte[] body = in.readAllBytes();
        ex.getResponseHeaders().set("Content-Type", type(path));
        boolean head = ex.getRequestMethod().equalsIgnoreCase("HEAD");
        ex.sendResponseHeaders(200, head ? -1 : body.length);
        if (!head) {
          try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
          }
        }
      }
    }
  }

  private static String type(String path) {
    String ext = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
