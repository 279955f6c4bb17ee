package io.github.govaudit.cli;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code govaudit report} writes work-report-Y.json with the agreed keys, each field with its evidence. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ReportWritesTheContractedFieldsTest {

    private static final int YEAR = 2024;
    private static final String[] SECTIONS = {
        "basic_info", "info_publishing", "topics", "interpretation", "interaction", "mobile_media", "innovation"};
    private static final String[] BASIC_INFO = {"site_name", "home_url", "site_code", "icp", "police", "sponsor"};
    private static final String[] FIELD_KEYS = {"value", "source", "evidence", "note"};

    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    @TempDir
    Path tmp;

    private WorkReport report;

    @BeforeEach
    void crawlAndReportThePortal() throws IOException {
        FixtureSite.portal("http://localhost:9").serveOn(site);
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
    void hasTheTopLevelKeysAndAllSevenSections() {
        JsonNode json = report.json();
        assertThat(json.has("report")).isTrue();
        assertThat(json.path("year").asInt()).isEqualTo(YEAR);
        assertThat(json.has("site")).isTrue();
        assertThat(json.path("generated_at").asText()).isNotBlank();
        assertThat(json.path("tool_version").asText()).isNotBlank();
        assertThat(json.path("crawl").path("started").asText()).isNotBlank();
        assertThat(json.path("crawl").path("finished").asText()).isNotBlank();
        assertThat(json.path("crawl").has("errors")).isTrue();
        for (String section : SECTIONS) {
            assertThat(json.path("sections").path(section).isObject()).as("section %s", section).isTrue();
        }
    }

    @Test
    void countsAtLeastTheFourPagesRobotsTxtAllows() {
        // home, the 工作动态 column and its two articles; /internal/ is disallowed
        assertThat(report.json().path("crawl").path("pages").asInt()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void everyBasicInfoFieldCarriesValueSourceEvidenceAndNote() {
        for (String name : BASIC_INFO) {
            JsonNode field = report.field("basic_info", name);
            assertThat(field.fieldNames()).toIterable().as("basic_info.%s", name).contains(FIELD_KEYS);
        }
    }

    @Test
    void everyFieldInEverySectionCarriesValueSourceEvidenceAndNote() {
        report.json().path("sections").fields().forEachRemaining(section -> assertFields(section.getKey(), section.getValue()));
    }

    private static void assertFields(String where, JsonNode node) {
        if (node.has("value")) {
            assertThat(node.fieldNames()).toIterable().as(where).contains(FIELD_KEYS);
            return;
        }
        node.fields().forEachRemaining(child -> {
            if (child.getValue().isObject()) {
                assertFields(where + "." + child.getKey(), child.getValue());
            }
        });
    }

    @Test
    void readsThePortalsNameAndFooterMarks() {
        assertThat(report.value("basic_info", "site_name")).isEqualTo("桂江市人民政府门户网站");
        assertThat(report.value("basic_info", "sponsor")).isEqualTo(Footer.PORTAL.sponsor());
        assertThat(report.value("basic_info", "site_code")).isEqualTo(Footer.PORTAL.siteCode());
        assertThat(report.value("basic_info", "icp")).contains("桂ICP备12003456号");
        assertThat(report.value("basic_info", "police")).contains(Footer.PORTAL.policeCode());
    }

    @Test
    void recordsTheHomeItWasGiven() {
        assertThat(report.value("basic_info", "home_url")).startsWith(Loopback.base(site));
    }
}
