package io.github.govaudit.gensite2;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the generated site on 127.0.0.1 (free port). HTML goes out as {@code text/html} without a charset; the
 * Hanweb {@code /module/web/jpage/dataproxy.jsp} answers GET and POST with the records asked for.
 */
final class LoopbackMunicipalServer implements AutoCloseable {

  private static final String DATAPROXY = "/module/web/jpage/dataproxy.jsp";

  private final GeneratedMunicipalSite site;
  private final SiteFiles files;
  private final HttpServer server;
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  private LoopbackMunicipalServer(GeneratedMunicipalSite site, SiteFiles files) throws IOException {
    this.site = site;
    this.files = files;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    server.createContext("/", this::handle);
    server.setExecutor(pool);
  }

  static LoopbackMunicipalServer start(GeneratedMunicipalSite site, SiteFiles files) throws IOException {
    LoopbackMunicipalServer s = new LoopbackMunicipalServer(site, files);
    s.server.start();
    return s;
  }

  /** The home address, {@code http://127.0.0.1:PORT/}. */
  String home() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getRawPath();
      String query = exchange.getRequestURI().getRawQuery();
      if (path.equals(DATAPROXY)) {
        byte[] body = exchange.getRequestBody().readAllBytes();
        send(exchange, 200, "text/xml", dataproxy(query, new String(body, StandardCharsets.UTF_8)));
        return;
      }
      String decoded = URLDecoder.decode(path, StandardCharsets.UTF_8);
      SiteFiles.ServedFile file = files.get(query == null ? decoded : decoded + "?" + query);
      if (file == null) {
        send(exchange, 404, "text/html", ("<html><head><title>404 页面不存在</title></head><body><h1>对不起，您访问的页面不存在"
            + "</h1></body></html>").getBytes(StandardCharsets.UTF_8));
        return;
      }
      send(exchange, 200, file.contentType(), file.body());
    }
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** Hanweb's record proxy: records {@code startrecord..endrecord} (1-based) of the column {@code columnid}. */
  private byte[] dataproxy(String query, String form) {
    Map<String, String> params = new HashMap<>();
    for (String part : ((query == null ? "" : query) + "&" + form).split("&")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        params.put(part.substring(0, eq), URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    int columnId = parse(params.get("columnid"), 0);
    Column column = site.columns().stream().filter(c -> c.id() == columnId && c.base().startsWith("/col/"))
        .findFirst().orElse(null);
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><datastore>");
    if (column != null) {
      int total = column.entries().size();
      int start = Math.max(1, parse(params.get("startrecord"), 1));
      int end = Math.min(total, parse(params.get("endrecord"), total));
      b.append("<totalrecord>").append(total).append("</totalrecord><recordset>");
      for (int i = start; i <= end; i++) {
        b.append("<record><![CDATA[").append(ListPages.line(column, column.entries().get(i - 1)))
            .append("]]></record>");
      }
      b.append("</recordset>");
    }
    return b.append("</datastore>").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static int parse(String s, int fallback) {
    try {
      return s == null ? fallback : Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
