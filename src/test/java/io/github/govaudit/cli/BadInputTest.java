package io.github.govaudit.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Wrong input ends the CLI with exit 2 (usage or input) or 1 (the run failed) and one line on
 * stderr saying what to do — never a stack trace.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BadInputTest {

    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    @TempDir
    Path tmp;

    private String data() {
        return tmp.resolve("data").toString();
    }

    private Path profile(String fixture) throws IOException {
        Path file = tmp.resolve(fixture.substring(fixture.lastIndexOf('/') + 1));
        Files.write(file, Fixtures.bytes(fixture));
        return file;
    }

    @Test
    void missingProfileFileIsAnInputErrorNamingTheFile() {
        Path missing = tmp.resolve("guijiang-portal.yaml");

        CliRun run = Cli.run("crawl", "--profile", missing.toString(), "--data", data());

        assertThat(run.code()).as("%s", run).isEqualTo(2);
        assertThat(run.errorLine()).contains("guijiang-portal.yaml");
    }

    @Test
    void malformedProfileIsAnInputErrorNamingTheLine() throws IOException {
        // line 3 is indented under a plain scalar: "mapping values are not allowed here"
        CliRun run = Cli.run("crawl", "--profile", profile("profiles/malformed.yaml").toString(), "--data", data());

        assertThat(run.code()).as("%s", run).isEqualTo(2);
        assertThat(run.errorLine()).contains("line 3");
    }

    @Test
    void unknownProfileKeyIsAnInputErrorNamingTheKey() throws IOException {
        CliRun run = Cli.run("crawl", "--profile", profile("profiles/unknown-key.yaml").toString(), "--data", data());

        assertThat(run.code()).as("%s", run).isEqualTo(2);
        assertThat(run.errorLine()).contains("crawl_delay");
    }

    @Test
    void unknownNestedProfileKeyIsAnInputErrorNamingTheKey() throws IOException {
        CliRun run = Cli.run("crawl", "--profile", profile("profiles/unknown-nested-key.yaml").toString(),
                "--data", data());

        assertThat(run.code()).as("%s", run).isEqualTo(2);
        assertThat(run.errorLine()).contains("max_urls");
    }

    @Test
    void unreachableHomeFailsTheRun() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        CliRun run = Cli.run("crawl", "--home", "http://127.0.0.1:" + closedPort + "/", "--data", data(),
                "--delay", "0");

        assertThat(run.code()).as("%s", run).isEqualTo(1);
        run.errorLine();
    }

    @Test
    void homeThatIsNotHtmlIsRefused() {
        site.stubFor(get(urlPathEqualTo("/")).willReturn(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/pdf")
                .withBody("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                        .getBytes(StandardCharsets.ISO_8859_1))));

        CliRun run = Cli.run("crawl", "--home", Loopback.home(site), "--data", data(), "--delay", "0");

        assertThat(run.code()).as("%s", run).isIn(1, 2);
        run.errorLine();
    }

    @Test
    void homeThatIsNotAUrlIsAUsageError() {
        CliRun run = Cli.run("crawl", "--home", "not a url", "--data", data());

        assertThat(run.code()).as("%s", run).isEqualTo(2);
        assertThat(run.errorLine()).contains("not a url");
    }

    @Test
    void dataDirectoryUnderARegularFileIsRefused() throws IOException {
        FixtureSite.portal("http://localhost:9").serveOn(site);
        Path file = Files.writeString(tmp.resolve("file.txt"), "not a directory");

        CliRun run = Cli.run("crawl", "--home", Loopback.home(site), "--data", file.resolve("data").toString(),
                "--delay", "0");

        assertThat(run.code()).as("%s", run).isIn(1, 2);
        run.errorLine();
    }

    @Test
    void crawlWithNeitherHomeNorProfileIsAUsageError() {
        CliRun run = Cli.run("crawl", "--data", data());

        assertThat(run.code()).as("%s", run).isEqualTo(2);
        run.errorLine();
    }

    @Test
    void reportWithoutYearIsAUsageError() {
        CliRun run = Cli.run("report", "--data", data());

        assertThat(run.code()).as("%s", run).isEqualTo(2);
        run.errorLine();
    }

    @Test
    void reportOnADirectoryThatWasNeverCrawledIsRefused() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));

        CliRun run = Cli.run("report", "--data", empty.toString(), "--year", "2024", "--out", tmp.resolve("out").toString());

        assertThat(run.code()).as("%s", run).isIn(1, 2);
        run.errorLine();
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRun run = Cli.run("crawel", "--home", "http://127.0.0.1:9/");

        assertThat(run.code()).as("%s", run).isEqualTo(2);
        assertThat(run.errorLine()).contains("crawel");
    }

    @Test
    void versionPrintsTheVersionAndSucceeds() {
        CliRun run = Cli.run("--version");

        assertThat(run.code()).as("%s", run).isZero();
        assertThat(run.out()).containsPattern("\\d+\\.\\d+");
        assertThat(run.err()).isBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"crawl", "report"})
    void helpOnEachCommandPrintsUsageAndSucceeds(String command) {
        CliRun run = Cli.run(command, "--help");

        assertThat(run.code()).as("%s", run).isZero();
        assertThat(run.out()).contains(command).contains("--data");
        assertThat(run.err()).isBlank();
    }

    @Test
    void helpWithoutCommandListsTheCommands() {
        CliRun run = Cli.run("--help");

        assertThat(run.code()).as("%s", run).isZero();
        assertThat(run.out()).contains("crawl").contains("report");
    }
}
