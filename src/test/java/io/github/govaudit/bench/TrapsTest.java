package io.github.govaudit.bench;

import io.github.govaudit.gensite.SiteGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Pins what each trap answers and how real pages lead to it, on gensite's own small site. */
class TrapsTest {

    private static final long SEED = 20260512L;
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    private static BenchSite site;
    private static BenchSiteServer server;
    private static Http http;

    @BeforeAll
    static void serve() throws Exception {
        site = BenchSite.of(new SiteGenerator(SEED, SiteGenerator.REPORT_YEAR).generate(), SEED, true);
        server = BenchSiteServer.start(site, 0, 4);
        http = new Http(server.homeUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void homePageLeadsToEveryTrapAndListPagesCarrySortAndSessionLinks() throws Exception {
        String home = http.text("/index.html");
        assertThat(home).contains("href=\"/calendar/index.html?date=2026-06-15\"", "href=\"/hdjl/zxft/list.jsp\"",
                "href=\"/tpxw/list.html\"", "href=\"/go/a\"", "href=\"/r?n=1\"", "href=\"/deep/\"",
                "href=\"/files/tjhb.html\"", "href=\"/files/ssjc.html\"", "href=\"/files/nb.html\"", "href=\"/files/zl.html\"")
                .containsPattern(";jsessionid=[0-9A-F]{32}\"").containsPattern("\\?sid=[0-9a-f]{32}\"")
                .containsPattern("\\?PHPSESSID=[0-9a-f]{26}\"");
        String list = http.text("/zwdt/gzdt/index.html");
        assertThat(list).contains("href=\"/zwdt/gzdt/index.html?sort=date\"", "href=\"/zwdt/gzdt/index.html?type=tz\"")
                .contains("下一栏目");
        assertThat(http.text("/zwdt/tzgg/list.jsp?page=2")).contains("href=\"/zwdt/tzgg/list.jsp?page=2&amp;order=desc\"");
    }

    @Test
    void calendarAnswersAnyDateAndLinksNeighbourDaysMonthsAndTheWeekView() throws Exception {
        String day = http.text("/calendar/index.html?date=1987-02-03");
        assertThat(day).contains("href=\"index.html?date=1987-02-02\"", "href=\"index.html?date=1987-02-04\"",
                "href=\"index.html?date=1987-01-03\"", "href=\"index.html?date=1987-03-03\"",
                "href=\"index.html?date=1987-02-03&amp;view=week\"");
        String week = http.text("/calendar/index.html?date=2999-12-31&view=week");
        assertThat(week).contains("href=\"index.html?date=3000-01-07&amp;view=week\"",
                "href=\"index.html?date=2999-12-24&amp;view=week\"", "href=\"index.html?date=2999-12-31\"");
        assertThat(http.get("/calendar/index.html?date=never").statusCode()).isEqualTo(200);
    }

    @Test
    void sessionIdsAnswerTheRealPageAndItsLinksCarryIdsNeverSeenBefore() throws Exception {
        String real = http.text("/zwdt/gzdt/index.html");
        for (String variant : List.of("/zwdt/gzdt/index.html;jsessionid=0123456789ABCDEF0123456789ABCDEF",
                "/zwdt/gzdt/index.html?sid=0123456789abcdef0123456789abcdef", "/zwdt/gzdt/index.html?PHPSESSID=abc123")) {
            String page = http.text(variant);
            assertThat(withoutInjectedLinks(page)).as(variant).isEqualTo(withoutInjectedLinks(real));
            assertThat(sessionLink(page)).as(variant).isNotEqualTo(sessionLink(real));
        }
        String next = sessionLink(http.text("/zwdt/gzdt/index.html;jsessionid=AAAA"));
        assertThat(sessionLink(http.text(next))).isNotEqualTo(next);
        assertThat(http.text("/zwdt/gzdt/202604/;jsessionid=X")).contains("404");
    }

    @Test
    void sortAndFilterOrdersListTheSameEntriesAndLinkEveryFurtherCombination() throws Exception {
        String real = http.text("/zwdt/gzdt/index_2.html");
        String sorted = http.text("/zwdt/gzdt/index_2.html?sort=title&type=gg");
        assertThat(withoutInjectedLinks(sorted)).isEqualTo(withoutInjectedLinks(real));
        assertThat(sorted).contains("href=\"/zwdt/gzdt/index_2.html?sort=title&amp;order=asc&amp;type=gg\"",
                "href=\"/zwdt/gzdt/index_2.html?sort=date&amp;type=gg\"", "href=\"/zwdt/gzdt/index_2.html?sort=title&amp;type=wj\"");
    }

    @Test
    void endlessListsAnswerEveryPageNumberWithANextLinkAndListEntriesOnlyOnTheirFirstPages() throws Exception {
        assertThat(http.text("/hdjl/zxft/list.jsp?page=3")).contains("content/8029.html").contains("href=\"list.jsp?page=4\"");
        String far = http.text("/hdjl/zxft/list.jsp?page=987654");
        assertThat(far).contains("暂无信息", "href=\"list.jsp?page=987655\"").doesNotContain("content/");
        assertThat(http.text("/tpxw/list_2.html")).contains("content/8010.html", "href=\"list_3.html\"");
        assertThat(http.text("/tpxw/list_55.html")).contains("暂无信息", "href=\"list_56.html\"");
        assertThat(http.get("/hdjl/zxft/content/8000.html").statusCode()).isEqualTo(200);
    }

    @Test
    void redirectsLoopBetweenTwoPagesAndChainWithoutEnd() throws Exception {
        HttpResponse<byte[]> a = http.get("/go/a");
        assertThat(a.statusCode()).isEqualTo(302);
        assertThat(a.headers().firstValue("Location").orElseThrow()).endsWith("/go/b");
        assertThat(http.get("/go/b").headers().firstValue("Location").orElseThrow()).endsWith("/go/a");
        assertThat(http.get("/r?n=41").headers().firstValue("Location").orElseThrow()).endsWith("/r?n=42");
    }

    @Test
    void pathGrowsOneFolderPerPageUntilTheUrlIsTooLong() throws Exception {
        String deep = http.text("/deep/sub/sub/sub/");
        assertThat(deep).contains("href=\"sub/\"");
        assertThat(http.get("/deep/" + "sub/".repeat(2100)).statusCode()).isEqualTo(414);
    }

    @Test
    void oversizedPagesAreFortyMegabytesOrNeverEnd() throws Exception {
        HttpResponse<InputStream> huge = http.stream("/files/tjhb.html");
        assertThat(huge.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(huge.headers().firstValueAsLong("Content-Length")).hasValue(40L * 1024 * 1024);
        huge.body().close();
        HttpResponse<InputStream> endless = http.stream("/files/ssjc.html");
        assertThat(endless.headers().firstValue("Content-Length")).isEmpty();
        try (InputStream body = endless.body()) {
            assertThat(body.readNBytes(3 * 1024 * 1024)).hasSize(3 * 1024 * 1024);
        }
    }

    @Test
    void binaryFilesAreLabelledTextHtml() throws Exception {
        HttpResponse<byte[]> pdf = http.get("/files/nb.html");
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("text/html");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        HttpResponse<byte[]> zip = http.get("/files/zl.html");
        assertThat(zip.headers().firstValue("Content-Type")).hasValue("text/html");
        assertThat(zip.body()).startsWith(0x50, 0x4b, 0x03, 0x04).hasSize(BinaryAsHtmlTrap.SIZE);
    }

    @Test
    void trapUrlsAreToldFromRealPagesAndTheRejectPatternMatchesOnlyTraps() {
        Traps traps = site.traps().orElseThrow();
        List<String> trapUrls = List.of("/calendar/index.html?date=2026-01-01", "/zwdt/gzdt/index.html;jsessionid=AB",
                "/zwdt/gzdt/index.html?sid=ab", "/zwdt/gzdt/index.html?PHPSESSID=ab", "/zwdt/gzdt/index.html?sort=date",
                "/hdjl/zxft/list.jsp?page=4", "/hdjl/zxft/list.jsp?page=10", "/tpxw/list_4.html", "/tpxw/list_12.html",
                "/go/a", "/r?n=3", "/deep/sub/", "/files/tjhb.html", "/files/ssjc.html", "/files/nb.html", "/files/zl.html");
        Pattern reject = Pattern.compile(traps.rejectRegex());
        for (String url : trapUrls) {
            assertThat(traps.isTrap(url)).as(url).isTrue();
            assertThat(reject.matcher("http://127.0.0.1:8080" + url).find()).as(url).isTrue();
        }
        assertThat(traps.trapOf("/go/b")).hasValue("redirect loop");
        for (String real : site.realPages()) {
            assertThat(traps.isTrap(real)).as(real).isFalse();
            assertThat(reject.matcher("http://127.0.0.1:8080" + real).find()).as(real).isFalse();
        }
        assertThat(site.realPages()).contains("/hdjl/zxft/list.jsp?page=3", "/tpxw/list_3.html", "/tpxw/content/8029.html");
    }

    private static String withoutInjectedLinks(String html) {
        return html.replaceAll("(?s)" + Pattern.quote(InjectedLinks.START) + ".*?" + Pattern.quote(InjectedLinks.END), "");
    }

    private static String sessionLink(String html) {
        Matcher m = HREF.matcher(html.substring(html.indexOf(InjectedLinks.START)));
        while (m.find()) {
            if (m.group(1).contains("jsessionid=") || m.group(1).contains("sid=") || m.group(1).contains("PHPSESSID=")) {
                return m.group(1).replace("&amp;", "&");
            }
        }
        throw new AssertionError("no session link");
    }
}
