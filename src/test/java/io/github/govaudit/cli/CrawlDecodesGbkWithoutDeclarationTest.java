package io.github.govaudit.cli;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A district site whose pages are GBK bytes that declare no charset anywhere (no header charset,
 * a meta tag without one) comes out of {@code crawl} + {@code report} as correct Chinese. The
 * footer names 桂江市昇平区人民政府办公室; 昇 is in GBK but not in GB2312.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CrawlDecodesGbkWithoutDeclarationTest {

    private static final int YEAR = 2024;
    private static final String SPONSOR = "桂江市昇平区人民政府办公室";

    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    @TempDir
    Path tmp;

    private WorkReport report;

    @BeforeEach
    void crawlAndReport() throws IOException {
        FixtureSite.gbkDistrict().serveOn(site);
        Path data = tmp.resolve("data");
        Path out = tmp.resolve("out");

        CliRun crawl = Cli.run("crawl", "--home", Loopback.home(site), "--data", data.toString(), "--delay", "0");
        assertThat(crawl.code()).as("crawl: %s", crawl).isZero();
        CliRun reportRun = Cli.run("report", "--data", data.toString(), "--year", String.valueOf(YEAR),
                "--out", out.toString());
        assertThat(reportRun.code()).as("report: %s", reportRun).isZero();

        report = WorkReport.read(out, YEAR);
    }

    @Test
    void readsTheSponsorFromTheFooterOfAnUndeclaredGbkHomePage() {
        assertThat(report.value("basic_info", "sponsor")).isEqualTo(SPONSOR);
    }

    @Test
    void reportHoldsNoReplacementCharacter() {
        assertThat(report.text()).doesNotContain("\uFFFD");
    }

    @Test
    void readsTheFilingNumbersFromTheSameFooter() {
        assertThat(report.value("basic_info", "icp")).contains("桂ICP备13004567号");
        assertThat(report.value("basic_info", "police")).contains("45019902000456");
        assertThat(report.value("basic_info", "site_code")).isEqualTo("4501990012");
    }
}
