package io.github.govaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.govaudit.crawl.Understanding;
import io.github.govaudit.profile.CrawlProfile;
import io.github.govaudit.store.PageReader;
import io.github.govaudit.store.StoreLayout;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crawl whose cores are busy only skims its pages (links, paging, list or not) and stores no
 * analysis: the report analyses those pages itself, counts exactly what it counts after a crawl
 * that analysed every page, and keeps its analyses so the next report reads them back.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ReportFromSkimmedCrawlTest {

    private static final int YEAR = 2024;

    @TempDir
    Path tmp;

    @Test
    void aReportOnASkimmedCrawlCountsWhatItCountsOnAnAnalysedOne() throws Exception {
        Understanding full = Wiring.understanding();
        Understanding skimOnly = full::skim;
        try (LoggingHttpSite site = new LoggingHttpSite(GeneratedSite.withArticlesPerColumn(9))) {
            Path skimmed = crawl(site, skimOnly, "skimmed");
            Path analysed = crawl(site, full, "analysed");

            assertThat(pagesWithAnalysis(skimmed)).as("pages stored with an analysis after skimming").isZero();
            assertThat(comparable(report(skimmed, "first"))).isEqualTo(comparable(report(analysed, "analysed")));
        }
    }

    @Test
    void theSecondReportReadsTheAnalysesTheFirstKept() throws Exception {
        try (LoggingHttpSite site = new LoggingHttpSite(GeneratedSite.withArticlesPerColumn(5))) {
            Path skimmed = crawl(site, Wiring.understanding()::skim, "skimmed");

            JsonNode first = report(skimmed, "first");
            assertThat(StoreLayout.analysesDir(skimmed)).isDirectoryContaining("glob:**segments_*");
            JsonNode second = report(skimmed, "second");

            assertThat(comparable(second)).isEqualTo(comparable(first));
            assertThat(first.path("sections").path("info_publishing").path("total").path("value").asInt())
                    .as("items counted").isPositive();
        }
    }

    private Path crawl(LoggingHttpSite site, Understanding understanding, String name) throws Exception {
        Path data = tmp.resolve(name);
        CrawlProfile profile = CrawlProfile.forHome(URI.create(site.home()))
                .withPoliteness(new CrawlProfile.Politeness(0, 2, null));
        new CrawlRun(new PrintWriter(Writer.nullWriter()), understanding, false).run(profile, null, data, true);
        return data;
    }

    private JsonNode report(Path data, String name) throws Exception {
        Path out = tmp.resolve("out-" + name);
        CliRun run = Cli.run("report", "--data", data.toString(), "--year", String.valueOf(YEAR), "--out",
                out.toString(), "--format", "json");
        assertThat(run.code()).as("%s", run).isZero();
        return WorkReport.read(out, YEAR).json();
    }

    /** The report without what differs between two runs: when it was made, and the crawl's own times. */
    private static JsonNode comparable(JsonNode report) {
        ObjectNode copy = report.deepCopy();
        copy.remove("generated_at");
        copy.remove("crawl");
        return copy;
    }

    private static int pagesWithAnalysis(Path data) throws Exception {
        AtomicInteger with = new AtomicInteger();
        try (PageReader reader = PageReader.open(data).orElseThrow()) {
            reader.forEachWithoutBody(1, p -> {
                if (p.isHtml() && p.analysis().length > 0) {
                    with.incrementAndGet();
                }
            });
        }
        return with.get();
    }
}
