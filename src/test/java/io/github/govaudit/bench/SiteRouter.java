package io.github.govaudit.bench;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decides what the bench site answers for a URL, without HTTP: robots.txt (everything allowed),
 * a file the site holds, a folder's {@code index.html}, a trap, or 404.
 */
final class SiteRouter {

    static final String ROBOTS = "User-agent: *\nAllow: /\n";

    /** Where an answer came from. */
    enum Source { ROBOTS, FILE, TRAP, MISSING }

    /**
     * An answer and where it came from.
     *
     * @param path the file's path for {@link Source#FILE}, the trap's name for {@link Source#TRAP}
     */
    record Routed(Reply reply, Source source, String path) {
    }

    private final BenchSite site;

    SiteRouter(BenchSite site) {
        this.site = site;
    }

    Routed route(Target target) {
        if (target.path().equals("/robots.txt")) {
            return new Routed(Reply.bytes(200, "text/plain", ROBOTS.getBytes(StandardCharsets.US_ASCII),
                    BenchSite.GENERATED_AT), Source.ROBOTS, null);
        }
        Optional<String> path = site.content().path(target.pathAndQuery());
        if (path.isEmpty() && target.path().endsWith("/")) {
            path = site.content().path(new Target(target.path() + "index.html", target.query()).pathAndQuery());
        }
        Optional<StaticPage> file = path.flatMap(site.content()::get);
        if (file.isPresent()) {
            return new Routed(Reply.of(file.get()), Source.FILE, path.get());
        }
        Optional<Trap> trap = site.traps().flatMap(traps -> traps.owner(target));
        return trap.map(t -> new Routed(t.answer(target), Source.TRAP, t.name()))
                .orElseGet(() -> new Routed(Reply.notFound(), Source.MISSING, null));
    }
}
