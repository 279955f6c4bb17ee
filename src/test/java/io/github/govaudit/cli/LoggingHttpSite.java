package io.github.govaudit.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a {@link FixtureSite} from the JDK's HTTP server on loopback and logs every request
 * after its response was sent: what a crawler in another process was really given.
 */
final class LoggingHttpSite implements AutoCloseable {

    private final FixtureSite site;
    private final HttpServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    private final List<String> served = new ArrayList<>();

    LoggingHttpSite(FixtureSite site) throws IOException {
        this.site = site;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(workers);
        server.start();
    }

    String home() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    synchronized RequestLog log() {
        return new RequestLog(served);
    }

    int pagesServed() {
        return log().pageRequests(site).size();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String url = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        ServedFile file = site.files().get(exchange.getRequestURI().getPath());
        try (exchange; OutputStream body = exchange.getResponseBody()) {
            if (file == null) {
                byte[] notFound = FixtureSite.NOT_FOUND_PAGE.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
                exchange.sendResponseHeaders(404, notFound.length);
                body.write(notFound);
            } else {
                exchange.getResponseHeaders().set("Content-Type", file.contentType());
                exchange.sendResponseHeaders(200, file.body().length);
                body.write(file.body());
            }
        }
        synchronized (this) {
            served.add(url);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
