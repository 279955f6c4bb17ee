package io.github.govaudit.cli;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second {@code crawl} on the same data directory carries on where the first stopped: it
 * fetches no page the first one stored, unless told {@code --fresh}. Once a crawl has finished,
 * the next one asks only for the pages that lead to others (home, lists) again.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class CrawlResumesWithoutRefetchingTest {

    /** 3 columns × 8 articles, 2 list pages per column, and the home: 31 pages. */
    private static final int ARTICLES_PER_COLUMN = 8;
    private static final int FIRST_RUN_PAGES = 10;

    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    @TempDir
    Path tmp;

    private FixtureSite bureau;
    private Path data;

    @BeforeEach
    void serveBureauSite() {
        bureau = GeneratedSite.withArticlesPerColumn(ARTICLES_PER_COLUMN);
        bureau.serveOn(site);
        data = tmp.resolve("data");
    }

    private CliRun crawl(String... extra) {
        String[] base = {"crawl", "--home", Loopback.home(site), "--data", data.toString(), "--delay", "0"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return Cli.run(args);
    }

    @Test
    void secondCrawlFetchesOnlyWhatTheFirstLeft() {
        CliRun first = crawl("--max-pages", String.valueOf(FIRST_RUN_PAGES));
        assertThat(first.code()).as("first crawl: %s", first).isZero();
        RequestLog afterFirst = RequestLog.of(site);

        CliRun second = crawl();
        assertThat(second.code()).as("second crawl: %s", second).isZero();
        RequestLog afterBoth = RequestLog.of(site);

        assertThat(afterFirst.pageRequests(bureau)).as("pages fetched by the capped run")
                .isNotEmpty()
                .hasSizeLessThanOrEqualTo(FIRST_RUN_PAGES);
        assertThat(afterBoth.pagesRequestedTwice(bureau)).as("pages fetched twice").isEmpty();
        assertThat(afterBoth.pagePathsRequested(bureau)).as("pages fetched by both runs")
                .containsExactlyInAnyOrderElementsOf(bureau.pagePaths());
    }

    @Test
    void freshCrawlFetchesStoredPagesAgain() {
        CliRun first = crawl();
        assertThat(first.code()).as("first crawl: %s", first).isZero();
        assertThat(RequestLog.of(site).pagePathsRequested(bureau)).containsExactlyInAnyOrderElementsOf(bureau.pagePaths());
        site.resetRequests();

        CliRun fresh = crawl("--fresh");

        assertThat(fresh.code()).as("fresh crawl: %s", fresh).isZero();
        assertThat(RequestLog.of(site).pagePathsRequested(bureau)).as("pages fetched by the fresh run")
                .containsExactlyInAnyOrderElementsOf(bureau.pagePaths());
    }

    @Test
    void crawlOfAFinishedUnchangedSiteAsksOnlyForHomeAndListsAgain() {
        CliRun first = crawl();
        assertThat(first.code()).as("first crawl: %s", first).isZero();
        assertThat(RequestLog.of(site).pagePathsRequested(bureau)).containsExactlyInAnyOrderElementsOf(bureau.pagePaths());
        site.resetRequests();

        CliRun again = crawl();

        assertThat(again.code()).as("second crawl: %s", again).isZero();
        assertThat(RequestLog.of(site).pagePathsRequested(bureau)).as("pages fetched by the second run")
                .isNotEmpty()
                .allMatch(path -> path.equals("/") || path.contains("/list"), "home or a list page");
    }
}
