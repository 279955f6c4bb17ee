package io.github.govaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged CLI, killed in the middle of a crawl, resumes from its data directory: after
 * SIGTERM it fetches no page twice; after SIGKILL only the pages of the last commit interval (those
 * received but not yet committed) are fetched again; in the end every page is fetched.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class CrawlKillResumeIT {

    /** 3 columns × 16 articles, 4 list pages per column, and the home: 61 pages. */
    private static final int ARTICLES_PER_COLUMN = 16;
    private static final int PAGES_BEFORE_KILL = 40;
    private static final int DELAY_MS = 100;
    private static final int THREADS = 2;
    /** What a crawl at this delay can receive in one commit interval, plus the pages in flight. */
    private static final long MAX_REFETCHED_AFTER_SIGKILL =
            io.github.govaudit.store.PageStore.COMMIT_INTERVAL_MS / DELAY_MS + THREADS;
    private static final Path JAR = Path.of("target", "govaudit.jar");
    private static final Duration RUN_LIMIT = Duration.ofMinutes(2);

    @TempDir
    Path tmp;

    private FixtureSite bureau;
    private LoggingHttpSite server;

    @BeforeEach
    void serveBureauSite() throws IOException {
        assumeTrue(Files.isRegularFile(JAR), "run `mvn package` first: " + JAR.toAbsolutePath() + " is missing");
        bureau = GeneratedSite.withArticlesPerColumn(ARTICLES_PER_COLUMN);
        server = new LoggingHttpSite(bureau);
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private Process startCrawl(String name) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-jar", JAR.toString(), "crawl", "--home", server.home(),
                "--data", tmp.resolve("data").toString(), "--delay", String.valueOf(DELAY_MS),
                "--threads", String.valueOf(THREADS)))
                .redirectOutput(tmp.resolve(name + ".out").toFile())
                .redirectError(tmp.resolve(name + ".err").toFile())
                .start();
    }

    private void awaitPagesServed(Process crawl, int pages) throws InterruptedException {
        Instant deadline = Instant.now().plus(RUN_LIMIT);
        while (server.pagesServed() < pages) {
            assertThat(crawl.isAlive()).as("crawl ended before %d pages were served", pages).isTrue();
            assertThat(Instant.now()).as("waiting for %d pages", pages).isBefore(deadline);
            Thread.sleep(20);
        }
    }

    private void awaitEnd(Process crawl) throws InterruptedException {
        assertThat(crawl.waitFor(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("crawl ended in time").isTrue();
    }

    private String output(String name) throws IOException {
        return Files.readString(tmp.resolve(name + ".out")) + Files.readString(tmp.resolve(name + ".err"));
    }

    private void resumeToTheEnd() throws IOException, InterruptedException {
        Process resumed = startCrawl("resumed");
        awaitEnd(resumed);
        assertThat(resumed.exitValue()).as("resumed crawl:%n%s", output("resumed")).isZero();
    }

    @Test
    void afterSigtermResumesWithoutFetchingAnyPageTwice() throws Exception {
        Process crawl = startCrawl("interrupted");
        awaitPagesServed(crawl, PAGES_BEFORE_KILL);
        crawl.destroy();
        awaitEnd(crawl);
        assertThat(server.pagesServed()).as("the crawl was stopped before it finished")
                .isLessThan(bureau.pagePaths().size());

        resumeToTheEnd();

        RequestLog log = server.log();
        assertThat(log.pagesRequestedTwice(bureau)).as("pages fetched twice").isEmpty();
        assertThat(log.pagePathsRequested(bureau)).containsExactlyInAnyOrderElementsOf(bureau.pagePaths());
    }

    @Test
    void afterSigkillResumesRefetchingAtMostACoupleOfPages() throws Exception {
        Process crawl = startCrawl("killed");
        awaitPagesServed(crawl, PAGES_BEFORE_KILL);
        crawl.destroyForcibly();
        awaitEnd(crawl);

        resumeToTheEnd();

        RequestLog log = server.log();
        Map<String, Long> twice = log.pagesRequestedTwice(bureau);
        assertThat(twice.values().stream().mapToLong(count -> count - 1).sum())
                .as("pages fetched again: %s", twice)
                .isLessThanOrEqualTo(MAX_REFETCHED_AFTER_SIGKILL);
        assertThat(log.pagePathsRequested(bureau)).containsExactlyInAnyOrderElementsOf(bureau.pagePaths());
    }
}
