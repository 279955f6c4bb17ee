package io.github.govaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govaudit.store.PageReader;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code crawl --sites} crawls every site of a CSV at once, each into its own data directory with
 * its own politeness; a site that cannot be reached fails alone.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class CrawlSitesTest {

    @TempDir
    Path tmp;

    @Test
    void everySiteLandsInItsOwnStoreWithAllItsPages() throws Exception {
        FixtureSite bureau = GeneratedSite.withArticlesPerColumn(6);
        FixtureSite district = FixtureSite.gbkDistrict();
        try (LoggingHttpSite a = new LoggingHttpSite(bureau); LoggingHttpSite b = new LoggingHttpSite(district)) {
            Path sites = tmp.resolve("sites.csv");
            Files.writeString(sites, "name,home,profile\n# two loopback sites\njtj," + a.home() + "\nqx," + b.home() + ",\n");
            Path data = tmp.resolve("data");

            CliRun run = Cli.run("crawl", "--sites", sites.toString(), "--data", data.toString(), "--delay", "0");

            assertThat(run.code()).as("%s", run).isZero();
            assertThat(run.out()).contains("jtj").contains("qx").contains("2 sites");
            assertThat(storedPaths(data.resolve("jtj"))).containsAll(bureau.pagePaths());
            assertThat(storedPaths(data.resolve("qx"))).containsAll(district.pagePaths());
            assertThat(data.resolve("jtj").resolve("crawl-summary.json")).exists();
        }
    }

    @Test
    void aSiteThatCannotBeReachedFailsAloneAndTheRunSaysSo() throws Exception {
        FixtureSite bureau = GeneratedSite.withArticlesPerColumn(2);
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        try (LoggingHttpSite a = new LoggingHttpSite(bureau)) {
            Path sites = tmp.resolve("sites.csv");
            Files.writeString(sites, "jtj," + a.home() + "\ngone,http://127.0.0.1:" + closedPort + "/\n");
            Path data = tmp.resolve("data");

            CliRun run = Cli.run("crawl", "--sites", sites.toString(), "--data", data.toString(), "--delay", "0");

            assertThat(run.code()).isEqualTo(1);
            assertThat(run.out()).contains("1 failed");
            assertThat(storedPaths(data.resolve("jtj"))).containsAll(bureau.pagePaths());
        }
    }

    @Test
    void aBadSitesFileIsAOneLineUsageError() throws Exception {
        Path sites = tmp.resolve("sites.csv");
        Files.writeString(sites, "jtj,http://127.0.0.1:1/\njtj,http://127.0.0.1:2/\n");

        CliRun run = Cli.run("crawl", "--sites", sites.toString(), "--data", tmp.resolve("data").toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("govaudit: error:").contains("appears twice").doesNotContain("\n");
    }

    private static java.util.Set<String> storedPaths(Path dir) throws IOException {
        java.util.Set<String> paths = new java.util.TreeSet<>();
        try (PageReader reader = PageReader.open(dir).orElseThrow()) {
            reader.forEach(p -> {
                if (p.status() == 200) {
                    paths.add(java.net.URI.create(p.url()).getPath());
                }
            });
        }
        return paths;
    }
}
