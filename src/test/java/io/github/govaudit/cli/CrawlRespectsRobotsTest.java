package io.github.govaudit.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.moreThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code govaudit crawl} obeys robots.txt, keeps its delay between requests and says who it is. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CrawlRespectsRobotsTest {

    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    @TempDir
    Path tmp;

    private FixtureSite portal;

    @BeforeEach
    void servePortal() {
        // the province portal link points to a closed port on another host name: never fetched
        portal = FixtureSite.portal("http://localhost:9");
        portal.serveOn(site);
    }

    private CliRun crawl() {
        return Cli.run("crawl", "--home", Loopback.home(site), "--data", tmp.resolve("data").toString(),
                "--delay", "0");
    }

    @Test
    void neverRequestsPathsThatRobotsTxtDisallows() {
        CliRun run = crawl();

        assertThat(run.code()).as("%s", run).isZero();
        site.verify(moreThanOrExactly(1), getRequestedFor(urlEqualTo("/robots.txt")));
        site.verify(0, getRequestedFor(urlPathMatching("/internal/.*")));
    }

    @Test
    void stillCrawlsThePagesRobotsTxtAllows() {
        CliRun run = crawl();

        assertThat(run.code()).as("%s", run).isZero();
        assertThat(RequestLog.of(site).pagePathsRequested(portal))
                .contains("/", "/zwdt/gzdt/", FixtureSite.PORTAL_ARTICLE_MAY, FixtureSite.PORTAL_ARTICLE_JUNE);
    }

    @Test
    void leavesTheDelayBetweenTwoRequestsToTheSiteEvenWithSeveralThreads() {
        CliRun run = Cli.run("crawl", "--home", Loopback.home(site), "--data", tmp.resolve("data").toString(),
                "--delay", "150", "--threads", "4");

        assertThat(run.code()).as("%s", run).isZero();
        List<LoggedRequest> requests = site.getAllServeEvents().stream()
                .map(ServeEvent::getRequest)
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
                .toList();
        assertThat(requests).as("requests made").hasSizeGreaterThan(3);
        for (int i = 1; i < requests.size(); i++) {
            LoggedRequest before = requests.get(i - 1);
            LoggedRequest request = requests.get(i);
            assertThat(request.getLoggedDate().getTime() - before.getLoggedDate().getTime())
                    .as("ms between %s and %s", before.getUrl(), request.getUrl())
                    .isGreaterThanOrEqualTo(150);
        }
    }

    @Test
    void sendsAGovauditUserAgentOnEveryRequest() {
        CliRun run = crawl();

        assertThat(run.code()).as("%s", run).isZero();
        assertThat(site.getAllServeEvents()).isNotEmpty();
        assertThat(site.getAllServeEvents())
                .extracting(ServeEvent::getRequest)
                .allSatisfy(request -> assertThat(request.getHeader("User-Agent"))
                        .as("User-Agent of %s", request.getUrl())
                        .startsWith("govaudit/"));
    }
}
