package io.github.govaudit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.govaudit.gensite.SiteGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Pins the server's validators, conditional GET, touch, counters and request log. */
class BenchSiteServerTest {

    private static final long SEED = 20260512L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static BenchSiteServer server;
    private static Http http;

    @BeforeAll
    static void serve() throws Exception {
        server = BenchSiteServer.start(site(), 0, 4);
        http = new Http(server.homeUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() throws Exception {
        http.get("/__bench/reset");
    }

    private static BenchSite site() {
        return BenchSite.of(new SiteGenerator(SEED, SiteGenerator.REPORT_YEAR).generate(), SEED, true);
    }

    @Test
    void conditionalGetWithTheCurrentEtagOrLastModifiedAnswers304() throws Exception {
        HttpResponse<byte[]> page = http.get("/zwdt/gzdt/index.html");
        String etag = page.headers().firstValue("ETag").orElseThrow();
        String lastModified = page.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(etag).matches("\"[0-9a-f]+-[0-9a-f]+\"");
        assertThat(lastModified).endsWith("GMT");

        HttpResponse<byte[]> byTag = http.get("/zwdt/gzdt/index.html", "If-None-Match", etag);
        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(http.get("/zwdt/gzdt/index.html", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(http.get("/zwdt/gzdt/index.html", "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
        assertThat(http.get("/zwdt/gzdt/index.html", "If-Modified-Since", "Mon, 01 Jan 2024 00:00:00 GMT").statusCode())
                .isEqualTo(200);
        assertThat(stats().path("not_modified").asLong()).isEqualTo(2);
    }

    @Test
    void touchGivesTheItemANewTitleAndEtagAndTheListsThatShowItTheNewTitle() throws Exception {
        try (BenchSiteServer own = BenchSiteServer.start(site(), 0, 2)) {
            touchOn(new Http(own.homeUrl()));
        }
    }

    private static void touchOn(Http http) throws Exception {
        String item = "/zwdt/gzdt/" + firstTrsItemOf(http.text("/zwdt/gzdt/index.html"));
        String itemTag = http.get(item).headers().firstValue("ETag").orElseThrow();
        String listTag = http.get("/zwdt/gzdt/index.html").headers().firstValue("ETag").orElseThrow();

        JsonNode touched = JSON.readTree(http.text("/__bench/touch?path=" + item));
        String newTitle = touched.path("new_title").asText();
        assertThat(newTitle).startsWith(Touch.REVISED).endsWith(touched.path("old_title").asText());
        assertThat(touched.path("pages").toString()).contains(item, "/zwdt/gzdt/index.html");

        HttpResponse<byte[]> revised = http.get(item, "If-None-Match", itemTag);
        assertThat(revised.statusCode()).isEqualTo(200);
        assertThat(new String(revised.body(), java.nio.charset.StandardCharsets.UTF_8)).contains(newTitle, "本文内容已修订");
        HttpResponse<byte[]> list = http.get("/zwdt/gzdt/index.html", "If-None-Match", listTag);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(new String(list.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("title=\"" + newTitle + "\"");
        assertThat(http.get("/__bench/touch?path=/no/such.html").statusCode()).isEqualTo(404);
    }

    @Test
    void countersAndLogCoverEveryRequestUntilReset() throws Exception {
        http.get("/index.html");
        http.get("/go/a");
        http.get("/no/such/page.html");
        http.get("/calendar/index.html?date=2026-01-02");
        JsonNode stats = stats();
        assertThat(stats.path("requests").asLong()).isEqualTo(4);
        assertThat(stats.path("pages").asLong()).isEqualTo(2);
        assertThat(stats.path("by_status").path("302").asLong()).isEqualTo(1);
        assertThat(stats.path("by_status").path("404").asLong()).isEqualTo(1);
        assertThat(stats.path("trap_requests").asLong()).isEqualTo(2);
        assertThat(stats.path("real_pages_served").asLong()).isEqualTo(1);
        assertThat(stats.path("distinct_urls").asLong()).isEqualTo(4);
        assertThat(stats.path("bytes").asLong()).isPositive();
        assertThat(http.text("/__bench/log")).isEqualTo("GET 200 /index.html\nGET 302 /go/a\nGET 404 /no/such/page.html\n"
                + "GET 200 /calendar/index.html?date=2026-01-02\n");

        http.get("/__bench/reset");
        assertThat(stats().path("requests").asLong()).isZero();
        assertThat(http.text("/__bench/log")).isEmpty();
    }

    @Test
    void queryParametersInAnyOrderAnswerTheSamePageAsOnADynamicServer() throws Exception {
        try (BenchSiteServer big = BenchSiteServer.start(BenchSite.generate(SEED, 1200, false), 0, 2)) {
            Http own = new Http(big.homeUrl());
            String page = "/col/col3024/index.html?uid=8024&pageNum=2";
            assertThat(big.site().realPages()).contains(page);
            byte[] asWritten = own.get(page).body();
            HttpResponse<byte[]> reordered = own.get("/col/col3024/index.html?pageNum=2&uid=8024");
            assertThat(reordered.statusCode()).isEqualTo(200);
            assertThat(reordered.body()).isEqualTo(asWritten);
        }
    }

    @Test
    void robotsTxtAllowsEverythingAndInfoDescribesTheSite() throws Exception {
        assertThat(http.text("/robots.txt")).isEqualTo("User-agent: *\nAllow: /\n");
        JsonNode info = JSON.readTree(http.text("/__bench/info"));
        assertThat(info.path("real_pages").asInt()).isGreaterThan(500);
        assertThat(info.path("truth").path("info_publishing.total").asInt()).isPositive();
        assertThat(info.path("reject_regex").asText()).contains("/calendar/");
        assertThat(http.get(info.path("touch_sample").asText()).statusCode()).isEqualTo(200);
        assertThat(stats().path("requests").asLong()).isEqualTo(2);
    }

    private static JsonNode stats() throws Exception {
        return JSON.readTree(http.text("/__bench/stats"));
    }

    private static String firstTrsItemOf(String list) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"\\./(\\d{6}/t\\d{8}_\\d+\\.html)\"").matcher(list);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
