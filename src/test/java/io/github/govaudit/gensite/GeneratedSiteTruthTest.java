package io.github.govaudit.gensite;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Pins the generated site's own consistency: the truth only names items the site serves and shows. */
class GeneratedSiteTruthTest {

    static final long SEED = 20260512L;
    private static final int Y = SiteGenerator.REPORT_YEAR;
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}");
    private static final Pattern URL_DATE = Pattern.compile("t\\d{8}_|/art/\\d{4}/|P0\\d{8}");

    private static GeneratedSite site;
    private static Truth truth;
    private static Map<Item, Set<Column>> listings;

    @BeforeAll
    static void generate() {
        site = new SiteGenerator(SEED, Y).generate();
        truth = site.truth();
        listings = new TruthCalculator(site.model()).listings();
    }

    @Test
    void sameSeedGivesTheSameSiteAndTruth() {
        GeneratedSite again = new SiteGenerator(SEED, Y).generate();
        assertThat(again.truth()).isEqualTo(truth);
        assertThat(again.files().keySet()).containsExactlyElementsOf(site.files().keySet());
        site.files().forEach((path, file) -> assertThat(again.file(path).body()).as(path).isEqualTo(file.body()));
    }

    @Test
    void siteListsSeveralHundredItems() {
        Truth.FIELDS.forEach(field -> System.out.printf("%-36s %4d%n", field, truth.count(field)));
        System.out.printf("%-36s %4d%n%-36s %4d%n", "listed items", listings.size(), "undated", truth.undated().size());
        assertThat(listings).hasSizeBetween(400, 600);
        assertThat(truth.count("info_publishing.total")).isBetween(150, 400);
    }

    @Test
    void everyTruthPathIsAnItemServedOnTheSiteHost() {
        Set<String> itemPaths = listings.keySet().stream().map(Item::path).collect(Collectors.toSet());
        for (String field : Truth.FIELDS) {
            for (String member : truth.members(field)) {
                assertThat(member).as(field).startsWith("/");
                assertThat(site.file(member)).as(field + " " + member).isNotNull();
                if (!field.startsWith("topics.")) {
                    assertThat(itemPaths).as(field).contains(member);
                }
            }
        }
        truth.undated().forEach(path -> assertThat(site.file(path)).as(path).isNotNull());
        assertThat(truth.external()).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith("http://")
                .doesNotContain("127.0.0.1"));
    }

    @Test
    void everyListedItemIsReachableFromTheHomePageAndNoLinkIsDead() {
        SiteCrawl crawl = new SiteCrawl(site).walk();
        assertThat(crawl.missing()).isEmpty();
        Set<String> items = listings.keySet().stream().map(Item::path).collect(Collectors.toSet());
        assertThat(crawl.reached()).containsAll(items);
    }

    @Test
    void countsFollowFromTheFieldDefinitions() {
        Set<String> total = truth.members("info_publishing.total");
        for (String part : List.of("overview_updates", "news_updates", "disclosure_updates", "overlap")) {
            assertThat(total).containsAll(truth.members("info_publishing." + part));
        }
        assertThat(truth.count("interpretation.total")).isEqualTo(truth.count("interpretation.materials")
                + truth.count("interpretation.products") + truth.count("interpretation.media_reviews"));
        assertThat(truth.members("topics.maintained")).containsAll(truth.members("topics.new"));
        assertThat(truth.undated()).doesNotContainAnyElementsOf(truth.countedItems());
        truth.countedItems().forEach(path -> assertThat(item(path).publishedIn(Y)).as(path).isTrue());
    }

    @Test
    void fixtureHoldsEveryCaseTheRulesSpeakOf() {
        assertThat(truth.count("info_publishing.overlap")).isPositive();
        assertThat(truth.count("info_publishing.overview_updates")).isPositive();
        assertThat(truth.count("interpretation.materials")).isPositive();
        assertThat(truth.count("interpretation.products")).isPositive();
        assertThat(truth.count("interpretation.media_reviews")).isPositive();
        assertThat(truth.count("interpretation.hot_responses")).isPositive();
        assertThat(truth.undated()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(truth.count("topics.new")).isPositive();
        assertThat(truth.count("topics.maintained")).isGreaterThan(truth.count("topics.new"));
        assertThat(site.model().topics().size()).isGreaterThan(truth.count("topics.maintained"));
        assertThat(listings.keySet()).anyMatch(item -> item.publishedIn(Y - 1)).anyMatch(item -> item.publishedIn(Y + 1));
        assertThat(listings.entrySet()).as("one item in two news columns").anyMatch(e -> e.getValue().stream()
                .filter(c -> c.children().isEmpty() && TruthCalculator.category(c) == Category.NEWS).count() >= 2);
        assertThat(listings.keySet()).as("disclosure written in the previous year, published in Y")
                .anyMatch(item -> item.publishedIn(Y) && item.disclosure() != null
                        && item.disclosure().written().getYear() == Y - 1);
        Set<ListDate> formats = EnumSet.noneOf(ListDate.class);
        Set<ListStyle> styles = EnumSet.noneOf(ListStyle.class);
        site.model().columns().forEach(c -> {
            styles.add(c.style());
            if (!c.ownEntries().isEmpty()) {
                formats.add(c.dates());
            }
        });
        assertThat(formats).containsAll(EnumSet.allOf(ListDate.class));
        assertThat(styles).containsAll(EnumSet.allOf(ListStyle.class));
    }

    @Test
    void everyInterpretationHasExactlyOneKind() {
        listings.forEach((item, columns) -> {
            Set<TruthCalculator.InterpretationKind> kinds = TruthCalculator.interpretationKinds(item, columns);
            assertThat(kinds.size()).as(item.path() + " " + item.title() + " " + kinds).isLessThanOrEqualTo(1);
        });
    }

    @Test
    void datedItemsShowTheirDateInTheListOrOnThePageAndUndatedItemsNowhere() {
        listings.forEach((item, columns) -> {
            boolean inList = columns.stream().flatMap(c -> c.listedEntries().stream())
                    .anyMatch(e -> e.item() == item && e.showDate());
            String page = SiteCrawl.decode(site.file(item.path()));
            if (!item.isDated()) {
                assertThat(inList).as(item.path()).isFalse();
                assertThat(FULL_DATE.matcher(page).find()).as("date on undated page " + item.path()).isFalse();
                assertThat(URL_DATE.matcher(item.path()).find()).as(item.path()).isFalse();
            } else if (!inList) {
                LocalDate date = item.published().toLocalDate();
                assertThat(page).as(item.path()).containsAnyOf(date.toString(),
                        String.format("%d年%02d月%02d日", date.getYear(), date.getMonthValue(), date.getDayOfMonth()),
                        String.format("%d/%02d/%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth()));
            }
        });
    }

    @Test
    void trsListsPageOnlyThroughCreatePageHtml() {
        Column work = column("/zwdt/gzdt/");
        assertThat(site.file("/zwdt/gzdt/index_1.html")).isNotNull();
        String first = SiteCrawl.decode(site.file(work.firstPage()));
        assertThat(first).contains("createPageHTML(").doesNotContain("index_1.html");
        assertThat(org.jsoup.Jsoup.parse(first).select("a[href]")).noneMatch(a -> a.attr("href").contains("index_"));
    }

    @Test
    void hanwebListsHoldEveryRecordInTheirDatastore() {
        site.model().columns().stream().filter(c -> c.style() == ListStyle.HANWEB).forEach(column -> {
            String page = SiteCrawl.decode(site.file(column.firstPage()));
            int records = page.split("<record>", -1).length - 1;
            assertThat(records).isEqualTo(column.ownEntries().size());
            assertThat(page).contains("<totalrecord>" + records + "</totalrecord>");
            String outsideScript = page.replaceAll("(?s)<script type=\"text/xml\">.*?</script>", "");
            assertThat(outsideScript).doesNotContain("/art/");
        });
    }

    @Test
    void someGbkPagesDeclareNoCharsetAnywhere() {
        List<SiteFile> undeclared = site.files().values().stream()
                .filter(f -> f.isHtml() && !f.contentType().contains("charset"))
                .filter(f -> !Arrays.equals(new String(f.body(), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8), f.body()))
                .filter(f -> !SiteCrawl.decode(f).contains("charset"))
                .toList();
        assertThat(undeclared).hasSizeGreaterThan(10);
        assertThat(SiteCrawl.decode(undeclared.get(0))).contains("规划计划");
    }

    @Test
    void pagesCarryTheFooterMarks() {
        String home = SiteCrawl.decode(site.file("/index.html"));
        assertThat(home).contains("网站标识码：" + PageChrome.SITE_CODE, PageChrome.ICP, PageChrome.POLICE,
                "主办单位：" + PageChrome.SPONSOR, "dcs.conac.cn/js/", "pucha.kaipuyun.cn/exposure/jiucuo.js");
        site.model().topColumns().forEach(top -> assertThat(home).contains("href=\"" + top.firstPage() + "\""));
    }

    private static Item item(String path) {
        return listings.keySet().stream().filter(i -> i.path().equals(path)).findFirst().orElseThrow();
    }

    private static Column column(String folder) {
        return site.model().columns().stream().filter(c -> c.folder().equals(folder)).findFirst().orElseThrow();
    }
}
