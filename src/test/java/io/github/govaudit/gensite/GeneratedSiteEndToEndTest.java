package io.github.govaudit.gensite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.govaudit.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crawls the generated site with the govaudit CLI in-process and checks every count of the
 * work report against the truth the generator designed.
 */
class GeneratedSiteEndToEndTest {

    private static final int Y = SiteGenerator.REPORT_YEAR;

    @TempDir
    Path temp;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void reportCountsEqualTheGeneratedTruthFieldByField() throws Exception {
        GeneratedSite site = new SiteGenerator(Long.getLong("govaudit.gensite.seed", GeneratedSiteTruthTest.SEED), Y).generate();
        Truth truth = site.truth();
        Path data = temp.resolve("data");
        Path out = temp.resolve("out");
        JsonNode report;
        List<String> requests;
        try (GeneratedSiteServer server = GeneratedSiteServer.start(site)) {
            String origin = server.homeUrl().substring(0, server.homeUrl().length() - 1);
            run("crawl", "--home", server.homeUrl(), "--data", data.toString(), "--delay", "0", "--threads", "4",
                    "--fresh");
            run("report", "--data", data.toString(), "--year", String.valueOf(Y), "--out", out.toString());
            requests = server.requests();
            report = new ObjectMapper().readTree(out.resolve("work-report-" + Y + ".json").toFile());
            assertThat(out.resolve("evidence-" + Y + ".csv")).exists();
            assertThat(report.path("report").asText()).isEqualTo("work");
            assertThat(report.path("year").asInt()).isEqualTo(Y);

            List<String> mismatches = new ArrayList<>();
            StringBuilder table = new StringBuilder(String.format("%n%-36s %8s %8s%n", "field", "expected", "actual"));
            for (String field : Truth.FIELDS) {
                JsonNode node = report.path("sections").path(section(field)).path(name(field));
                String actual = node.path("value").isMissingNode() ? "missing" : node.path("value").asText();
                String expected = String.valueOf(truth.count(field));
                table.append(String.format("%-36s %8s %8s %s%n", field, expected, actual,
                        expected.equals(actual) ? "" : "<-- differs"));
                if (!expected.equals(actual)) {
                    mismatches.add(field + ": expected " + expected + " but was " + actual
                            + evidenceDiff(truth.members(field), node, origin));
                }
            }
            System.out.println(table);
            mismatches.forEach(System.out::println);
            System.out.println(fetchSummary(truth, requests));

            JsonNode total = report.path("sections").path("info_publishing").path("total");
            Set<String> evidence = paths(total.path("evidence"), origin);
            boolean sameUrls = evidence.equals(truth.members("info_publishing.total"));
            assertThat(sameUrls).as("evidence of info_publishing.total equals the counted item URLs"
                    + evidenceDiff(truth.members("info_publishing.total"), total, origin)).isTrue();
            assertThat(mismatches).as(table.toString()).isEmpty();
        }
    }

    private void run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Main(new PrintWriter(out), new PrintWriter(err)).execute(args);
        assertThat(code).as(String.join(" ", args) + "\nout:\n" + out + "\nerr:\n" + err).isZero();
    }

    private static String section(String field) {
        return field.substring(0, field.indexOf('.'));
    }

    private static String name(String field) {
        return field.substring(field.indexOf('.') + 1);
    }

    /** Evidence URLs as site paths (path plus query); URLs on other hosts are kept whole. */
    private static Set<String> paths(JsonNode evidence, String origin) {
        Set<String> paths = new TreeSet<>();
        evidence.forEach(node -> {
            String url = node.asText();
            if (url.startsWith(origin + "/")) {
                URI uri = URI.create(url);
                paths.add(uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery());
            } else {
                paths.add(url);
            }
        });
        return paths;
    }

    private static String evidenceDiff(Set<String> expected, JsonNode field, String origin) {
        Set<String> actual = paths(field.path("evidence"), origin);
        if (actual.isEmpty()) {
            return " (no evidence listed)";
        }
        Set<String> notCounted = new TreeSet<>(expected);
        notCounted.removeAll(actual);
        Set<String> wronglyCounted = new TreeSet<>(actual);
        wronglyCounted.removeAll(expected);
        return "\n  expected but not in evidence (" + notCounted.size() + "): " + notCounted
                + "\n  in evidence but not expected (" + wronglyCounted.size() + "): " + wronglyCounted;
    }

    private static String fetchSummary(Truth truth, List<String> requests) {
        Set<String> fetched = new TreeSet<>();
        requests.forEach(request -> fetched.add(request.substring(request.indexOf(' ') + 1)));
        Set<String> neverFetched = new TreeSet<>(truth.countedItems());
        neverFetched.removeAll(fetched);
        return "requests: " + requests.size() + ", distinct paths: " + fetched.size()
                + ", counted items never fetched (" + neverFetched.size() + "): " + neverFetched;
    }
}
