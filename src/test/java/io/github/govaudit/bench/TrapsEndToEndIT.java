package io.github.govaudit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.govaudit.cli.Main;
import io.github.govaudit.gensite.SiteGenerator;
import io.github.govaudit.gensite.Truth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * govaudit on gensite's own site with the trap overlay: the crawl must end by itself, fetch every
 * counted item, and the report must equal the truth field by field. Off unless
 * {@code -Dgovaudit.traps.e2e=true} (a crawler without trap control never ends here), e.g.
 * {@code mvn -Dgovaudit.traps.e2e=true -Dit.test=TrapsEndToEndIT verify}.
 */
@EnabledIfSystemProperty(named = "govaudit.traps.e2e", matches = "true")
class TrapsEndToEndIT {

    private static final long SEED = 20260512L;
    private static final int Y = SiteGenerator.REPORT_YEAR;

    @TempDir
    Path temp;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void crawlEndsByItselfAndTheReportEqualsTheTruth() throws Exception {
        BenchSite site = BenchSite.of(new SiteGenerator(SEED, Y).generate(), SEED, true);
        Truth truth = site.truth();
        try (BenchSiteServer server = BenchSiteServer.start(site, 0, 8)) {
            run("crawl", "--home", server.homeUrl(), "--data", temp.resolve("data").toString(), "--delay", "0",
                    "--threads", "4");
            run("report", "--data", temp.resolve("data").toString(), "--year", String.valueOf(Y), "--out",
                    temp.resolve("out").toString());
            List<String> fetched = new ArrayList<>();
            for (String line : new ControlClient(server.homeUrl()).log()) {
                fetched.add(line.split(" ", 3)[2]);
            }
            assertThat(fetched).containsAll(truth.countedItems());
        }
        JsonNode report = new ObjectMapper().readTree(temp.resolve("out").resolve("work-report-" + Y + ".json").toFile());
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
