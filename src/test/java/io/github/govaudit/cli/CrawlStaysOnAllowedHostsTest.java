package io.github.govaudit.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.moreThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code govaudit crawl} fetches only from its allowed hosts. The portal is served as
 * {@code 127.0.0.1}; its links to the province portal go to a second server reached as
 * {@code localhost} — another host name, so another host.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CrawlStaysOnAllowedHostsTest {

    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    @RegisterExtension
    static WireMockExtension province = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    @TempDir
    Path tmp;

    private FixtureSite portal;

    @BeforeAll
    static void localhostIsLoopback() throws IOException {
        assertThat(InetAddress.getByName("localhost").isLoopbackAddress()).isTrue();
    }

    @BeforeEach
    void serveBothSites() {
        portal = FixtureSite.portal("http://localhost:" + province.getPort());
        portal.serveOn(site);
        Map<String, String> slots = Footer.PORTAL.with(Map.of("otherSite", Loopback.base(site)));
        Map<String, ServedFile> provinceFiles = Map.of(
                "/robots.txt", ServedFile.robots(FixtureSite.OPEN_ROBOTS),
                "/", ServedFile.utf8Html(Fixtures.filled("portal/home.html", slots)),
                "/zwgk/index.html", ServedFile.utf8Html(Fixtures.filled("portal/gzdt-index.html", slots)));
        new FixtureSite(provinceFiles).serveOn(province);
    }

    @Test
    void neverRequestsAnythingFromAHostOutsideTheHomesHost() {
        CliRun run = Cli.run("crawl", "--home", Loopback.home(site), "--data", tmp.resolve("data").toString(),
                "--delay", "0");

        assertThat(run.code()).as("%s", run).isZero();
        assertThat(RequestLog.of(site).pagePathsRequested(portal))
                .as("the home's own pages are crawled")
                .contains("/", FixtureSite.PORTAL_ARTICLE_MAY, FixtureSite.PORTAL_ARTICLE_JUNE);
        assertThat(province.getAllServeEvents()).as("requests to the other host").isEmpty();
    }

    @Test
    void fetchesFromASecondHostOnlyWhenTheProfileAllowsIt() throws IOException {
        Path profile = tmp.resolve("portal.yaml");
        Files.writeString(profile, Fixtures.filled("profiles/portal.yaml", Map.of(
                "home", Loopback.home(site),
                "allowedHosts", "  - 127.0.0.1\n  - localhost")), StandardCharsets.UTF_8);

        CliRun run = Cli.run("crawl", "--profile", profile.toString(), "--data", tmp.resolve("data").toString());

        assertThat(run.code()).as("%s", run).isZero();
        province.verify(moreThanOrExactly(1), getRequestedFor(urlPathEqualTo("/zwgk/index.html")));
    }

    @Test
    void profileListingOnlyTheHomesHostKeepsTheCrawlOffTheOtherHost() throws IOException {
        Path profile = tmp.resolve("portal.yaml");
        Files.writeString(profile, Fixtures.filled("profiles/portal.yaml", Map.of(
                "home", Loopback.home(site),
                "allowedHosts", "  - 127.0.0.1")), StandardCharsets.UTF_8);

        CliRun run = Cli.run("crawl", "--profile", profile.toString(), "--data", tmp.resolve("data").toString());

        assertThat(run.code()).as("%s", run).isZero();
        assertThat(RequestLog.of(site).pagePathsRequested(portal)).contains("/", FixtureSite.PORTAL_ARTICLE_MAY);
        assertThat(province.getAllServeEvents()).as("requests to the other host").isEmpty();
    }
}
