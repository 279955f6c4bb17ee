package io.github.govaudit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.govaudit.cli.Main;
import io.github.govaudit.gensite.SiteGenerator;
import io.github.govaudit.gensite.Truth;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * govaudit on gensite's own site with every trap of the overlay (calendar, session ids, sort orders,
 * endless lists, redirect loop and chain, path growth, oversized and binary bodies): the crawl ends
 * by itself within its trap budgets, lists every trap it cut in {@code crawl-summary.json} and the
 * report, fetches every real page, and the report equals the truth field by field.
 */
class TrapsEndToEndIT {

    private static final long SEED = 20260512L;
    private static final int Y = SiteGenerator.REPORT_YEAR;
    /** The crawl's default fetches per trap pattern before it must yield new links. */
    private static final int BUDGET = 200;

    @TempDir
    Path temp;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void crawlEndsByItselfListsEveryTrapAndTheReportEqualsTheTruth() throws Exception {
        BenchSite site = BenchSite.of(new SiteGenerator(SEED, Y).generate(), SEED, true);
        Traps traps = site.traps().orElseThrow();
        Truth truth = site.truth();
        Path data = temp.resolve("data");
        ControlClient.Stats stats;
        Set<String> fetched = new HashSet<>();
        try (BenchSiteServer server = BenchSiteServer.start(site, 0, 8)) {
            run("crawl", "--home", server.homeUrl(), "--data", data.toString(), "--delay", "0", "--threads", "4");
            ControlClient control = new ControlClient(server.homeUrl());
            stats = control.stats();
            for (String line : control.log()) {
                fetched.add(line.split(" ", 3)[2]);
            }
            run("report", "--data", data.toString(), "--year", String.valueOf(Y), "--out", temp.resolve("out").toString());
        }

        assertThat(fetched).as("every real page").containsAll(site.realPages());
        assertThat(stats.trapRequests()).as("requests into traps: at most two budgets per trap")
                .isLessThanOrEqualTo(2L * BUDGET * traps.names().size());

        JsonNode summary = new ObjectMapper().readTree(data.resolve("crawl-summary.json").toFile());
        Set<String> rules = new HashSet<>();
        Set<String> patterns = new HashSet<>();
        summary.path("cut").forEach(c -> {
            rules.add(c.path("rule").asText());
            patterns.add(c.path("pattern").asText());
        });
        assertThat(rules).contains("pattern_budget", "session_id", "max_depth", "size_limit", "binary_as_html",
                "redirect_loop");
        assertThat(patterns).anyMatch(p -> p.endsWith("/calendar/index.html"))
                .anyMatch(p -> p.endsWith("/hdjl/zxft/list.jsp"))
                .anyMatch(p -> p.endsWith("/tpxw/list.html"))
                .contains("jsessionid", "phpsessid", "sid");

        JsonNode report = new ObjectMapper().readTree(temp.resolve("out").resolve("work-report-" + Y + ".json").toFile());
        assertThat(report.path("crawl").path("cut")).as("the report's crawl block lists the cuts").hasSize(summary.path("cut").size());
        List<String> differences = new ArrayList<>();
        for (String field : Truth.FIELDS) {
            String[] parts = field.split("\\.");
            JsonNode value = report.path("sections").path(parts[0]).path(parts[1]).path("value");
            if (!value.isNumber() || value.asInt() != truth.count(field)) {
                differences.add(field + ": expected " + truth.count(field) + " but was " + value);
            }
        }
        assertThat(differences).isEmpty();
    }

    private static void run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Main(new PrintWriter(out), new PrintWriter(err)).execute(args);
        assertThat(code).as(String.join(" ", args) + "\n" + out + "\n" + err).isZero();
    }
}
