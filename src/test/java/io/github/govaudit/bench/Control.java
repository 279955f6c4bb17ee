package io.github.govaudit.bench;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The unlinked control endpoints under {@value #PREFIX}, never counted or logged: {@code stats}
 * (JSON counters), {@code reset}, {@code log} (one line per request), {@code touch?path=/x/y.html}
 * (revise an item), {@code info} (the site: sizes, truth, traps, the wget reject pattern).
 */
final class Control {

    static final String PREFIX = "/__bench/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BenchSite site;
    private final ServerStats stats;
    private final RequestLog log;
    private final Touch touch;

    Control(BenchSite site, ServerStats stats, RequestLog log) {
        this.site = site;
        this.stats = stats;
        this.log = log;
        this.touch = new Touch(site.content());
    }

    /** The answer to a control request: status, type and a body writer. */
    record Answer(int status, String contentType, Body body) {
    }

    /** Writes an answer's body. */
    interface Body {
        void writeTo(Writer out) throws IOException;
    }

    Answer handle(String path, Target target) {
        String command = path.substring(PREFIX.length());
        return switch (command) {
            case "stats" -> json(stats.snapshot(site.realPages().size()));
            case "reset" -> {
                stats.reset();
                log.reset();
                yield json(Map.of("reset", true));
            }
            case "log" -> new Answer(200, "text/plain; charset=UTF-8", log::writeTo);
            case "touch" -> touch(target.param("path").map(p -> URLDecoder.decode(p, StandardCharsets.UTF_8)));
            case "info" -> json(info());
            default -> new Answer(404, "text/plain; charset=UTF-8", out -> out.write("unknown control " + path + "\n"));
        };
    }

    private Answer touch(Optional<String> path) {
        if (path.isEmpty()) {
            return new Answer(400, "text/plain; charset=UTF-8", out -> out.write("touch?path=/x/y.html\n"));
        }
        return touch.apply(path.get()).map(result -> json(Map.of("path", result.path(), "old_title", result.oldTitle(),
                        "new_title", result.newTitle(), "pages", result.pages())))
                .orElseGet(() -> new Answer(404, "text/plain; charset=UTF-8", out -> out.write("no page " + path.get() + "\n")));
    }

    private Map<String, Object> info() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("seed", site.seed());
        info.put("report_year", BenchSite.REPORT_YEAR);
        info.put("real_pages", site.realPages().size());
        info.put("list_pages", site.listPages().size());
        info.put("files", site.files());
        info.put("traps", site.traps().map(Traps::names).orElse(java.util.List.of()));
        info.put("reject_regex", site.traps().map(Traps::rejectRegex).orElse(""));
        info.put("touch_sample", site.touchSample());
        Map<String, Integer> truth = new LinkedHashMap<>();
        io.github.govaudit.gensite.Truth.FIELDS.forEach(field -> truth.put(field, site.truth().count(field)));
        info.put("truth", truth);
        return info;
    }

    private static Answer json(Object value) {
        return new Answer(200, "application/json", out -> out.write(JSON.writeValueAsString(value)));
    }

    static Writer writer(java.io.OutputStream out) {
        return new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }
}
