package io.github.govaudit.gensite;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a generated site on 127.0.0.1 (any free port): its files by path and query, a
 * robots.txt allowing everything, 404 for anything else, and a log of every request.
 */
public final class GeneratedSiteServer implements AutoCloseable {

    private static final String ROBOTS = "User-agent: *\nAllow: /\n";

    private final Map<String, SiteFile> files;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final List<String> requests = new CopyOnWriteArrayList<>();

    private GeneratedSiteServer(Map<String, SiteFile> files) throws IOException {
        this.files = Map.copyOf(files);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
    }

    /** Starts serving the site. */
    public static GeneratedSiteServer start(GeneratedSite site) throws IOException {
        GeneratedSiteServer server = new GeneratedSiteServer(site.files());
        server.server.start();
        return server;
    }

    /** The home page URL, e.g. http://127.0.0.1:41234/ . */
    public String homeUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** Every request so far, as "METHOD /path?query", in arrival order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String target = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            String pathAndQuery = query == null ? target : target + "?" + query;
            requests.add(method + " " + pathAndQuery);
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain", new byte[0]);
                return;
            }
            if (target.equals("/robots.txt")) {
                send(exchange, 200, "text/plain", ROBOTS.getBytes(StandardCharsets.US_ASCII));
                return;
            }
            SiteFile file = files.get(pathAndQuery);
            if (file == null && pathAndQuery.endsWith("/")) {
                file = files.get(pathAndQuery + "index.html");
            }
            if (file == null) {
                send(exchange, 404, "text/html; charset=UTF-8",
                        "<html><body><h1>404 页面不存在</h1></body></html>".getBytes(StandardCharsets.UTF_8));
                return;
            }
            send(exchange, 200, file.contentType(), file.body());
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Server", "TRS WCM");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
