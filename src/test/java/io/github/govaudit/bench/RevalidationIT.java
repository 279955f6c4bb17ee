package io.github.govaudit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govaudit.cli.Main;
import io.github.govaudit.gensite.SiteGenerator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second crawl of a crawled site asks again only for its lists (with ETag / If-Modified-Since),
 * and an item whose title a list shows changed is fetched again and reported in its new version.
 */
class RevalidationIT {

    private static final long SEED = 20261125L;
    private static final int Y = SiteGenerator.REPORT_YEAR;
    /** The bar: a re-run on an unchanged site makes at most this share of the first run's requests. */
    private static final double MAX_RERUN_SHARE = 0.2;

    @TempDir
    Path temp;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anUnchangedSiteCostsFewRequestsAndAChangedItemIsFetchedAgain() throws Exception {
        BenchSite site = BenchSite.of(new SiteGenerator(SEED, Y).generate(), SEED, false);
        Path data = temp.resolve("data");
        String newTitle;
        try (BenchSiteServer server = BenchSiteServer.start(site, 0, 8)) {
            ControlClient control = new ControlClient(server.homeUrl());
            String[] crawl = {"crawl", "--home", server.homeUrl(), "--data", data.toString(), "--delay", "0"};
            run(crawl);
            long first = control.stats().requests();
            control.reset();

            run(crawl);
            ControlClient.Stats second = control.stats();
            List<String> secondLog = control.log();
            assertThat(second.requests()).as("re-run requests of %d first-run requests", first)
                    .isLessThanOrEqualTo((long) (first * MAX_RERUN_SHARE));
            assertThat(second.notModified()).as("lists answered 304").isPositive();
            String item = site.touchSample();
            assertThat(secondLog).noneMatch(line -> line.endsWith(" " + item));

            newTitle = control.touch(item).path("new_title").asText();
            control.reset();
            run(crawl);
            assertThat(control.log()).as("the changed item is asked for again").contains("GET 200 " + item);
            run("report", "--data", data.toString(), "--year", String.valueOf(Y), "--out", temp.resolve("out").toString());
        }
        String evidence = Files.readString(temp.resolve("out").resolve("evidence-" + Y + ".csv"));
        assertThat(evidence.lines().filter(line -> line.contains(site.touchSample())))
                .as("the report reads the new version").anyMatch(line -> line.contains(newTitle));
    }

    private static void run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Main(new PrintWriter(out), new PrintWriter(err)).execute(args);
        assertThat(code).as(String.join(" ", args) + "\n" + out + "\n" + err).isZero();
    }
}
