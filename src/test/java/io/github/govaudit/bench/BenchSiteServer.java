package io.github.govaudit.bench;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a bench site on 127.0.0.1 with a thread pool and keep-alive: files with ETag and
 * Last-Modified (conditional requests get 304, as from nginx), robots.txt allowing everything, the
 * traps, and the control endpoints of {@link Control}. Runs in-process for tests, or as its own
 * process: {@code BenchSiteServer --pages N --seed S --port P --traps on|off [--threads T]} prints
 * the home URL as its first line and serves until killed.
 */
public final class BenchSiteServer implements AutoCloseable {

    public static final int DEFAULT_THREADS = 32;
    /** Connection backlog: a crawler opening many connections at once is never refused. */
    private static final int BACKLOG = 1024;

    private final BenchSite site;
    private final SiteRouter router;
    private final ServerStats stats = new ServerStats();
    private final RequestLog log = new RequestLog();
    private final Control control;
    private final HttpServer server;
    private final ExecutorService executor;

    private BenchSiteServer(BenchSite site, int port, int threads) throws IOException {
        this.site = site;
        this.router = new SiteRouter(site);
        this.control = new Control(site, stats, log);
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), BACKLOG);
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-site");
            t.setDaemon(true);
            return t;
        });
        server.createContext("/", this::handle);
        server.setExecutor(executor);
    }

    /** Starts serving site on port (0: any free port). */
    public static BenchSiteServer start(BenchSite site, int port, int threads) throws IOException {
        BenchSiteServer s = new BenchSiteServer(site, port, threads);
        s.server.start();
        return s;
    }

    /** The home URL, e.g. http://127.0.0.1:41234/ . */
    public String homeUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    public BenchSite site() {
        return site;
    }

    /** Requests counted since the last reset. */
    public long requests() {
        return stats.requests();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
            Target target = new Target(path, uri.getRawQuery());
            if (path.startsWith(Control.PREFIX)) {
                answerControl(exchange, control.handle(path, target));
                return;
            }
            String method = exchange.getRequestMethod();
            SiteRouter.Routed routed = method.equals("GET") || method.equals("HEAD") ? router.route(target)
                    : new SiteRouter.Routed(new Reply(405, Reply.HTML_UTF8, null, Reply.bodyOf(new byte[0]), null, null),
                    SiteRouter.Source.MISSING, null);
            Headers asked = exchange.getRequestHeaders();
            Reply reply = Conditional.apply(asked.getFirst("If-None-Match"), asked.getFirst("If-Modified-Since"), routed.reply());
            boolean real = routed.source() == SiteRouter.Source.FILE && reply.isHtml()
                    && (reply.status() == 200 || reply.status() == 304);
            // counted before the answer goes out: a client holding the answer finds it counted
            stats.record(target.pathAndQuery(), reply.status(), reply.isHtml(),
                    routed.source() == SiteRouter.Source.TRAP ? routed.path() : null, real ? routed.path() : null);
            log.add(method, reply.status(), target.pathAndQuery());
            CountingStream counted = new CountingStream(exchange.getResponseBody());
            try {
                send(exchange, reply, method.equals("HEAD"), counted);
            } finally {
                stats.sent(counted.count);
            }
        }
    }

    private static void send(HttpExchange exchange, Reply reply, boolean head, OutputStream out) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Server", "nginx");
        headers.set("Content-Type", reply.contentType());
        if (reply.etag() != null) {
            headers.set("ETag", reply.etag());
        }
        if (reply.lastModified() != null) {
            headers.set("Last-Modified", Conditional.format(reply.lastModified()));
        }
        if (reply.location() != null) {
            String host = exchange.getRequestHeaders().getFirst("Host");
            headers.set("Location", host == null ? reply.location() : "http://" + host + reply.location());
        }
        long length = reply.body().length();
        boolean noBody = head || reply.status() == 304 || length == 0;
        exchange.sendResponseHeaders(reply.status(), noBody ? -1 : length < 0 ? 0 : length);
        if (!noBody) {
            reply.body().writeTo(out);
        }
        out.close();
    }

    private static void answerControl(HttpExchange exchange, Control.Answer answer) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(answer.status(), 0);
        try (Writer out = Control.writer(exchange.getResponseBody())) {
            answer.body().writeTo(out);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** Counts the bytes of a body as they go out. */
    private static final class CountingStream extends FilterOutputStream {
        private long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /** Runs the server as its own process; see the class comment for the options. */
    public static void main(String[] args) throws Exception {
        ServerOptions options = ServerOptions.parse(args);
        long t0 = System.nanoTime();
        BenchSite site = BenchSite.generate(options.seed(), options.pages(), options.traps());
        BenchSiteServer server = start(site, options.port(), options.threads());
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println(server.homeUrl());
        out.printf("bench site: %d real pages, %d files, traps %s, built in %.1f s, serving with %d threads%n",
                site.realPages().size(), site.files(), options.traps() ? "on" : "off", (System.nanoTime() - t0) / 1e9,
                options.threads());
        Thread.currentThread().join();
    }
}
