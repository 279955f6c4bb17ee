package io.github.govaudit.gensite2;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govaudit.gensite2.Paging.ListPage;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The second generated site is consistent with its own model, and its truth with counting-rules.md. */
class SecondGeneratedSiteTruthTest {

  private static final Pattern ANY_DATE = Pattern.compile("\\d{4}[-./年]\\d{1,2}[-./月]\\d{1,2}");

  private final GeneratedMunicipalSite site = SecondSite.generate(SecondSite.seed());
  private final SiteFiles files = SiteFiles.of(site);
  private final ExpectedReport truth = new TruthCounter(site).count();

  @Test
  void holdsAMunicipalSiteOfThreeToFiveHundredItems() {
    assertThat(site.itemsByUrl()).hasSizeBetween(300, 500);
  }

  @Test
  void sameSeedGivesTheSameSiteAndTruth() {
    GeneratedMunicipalSite again = SecondSite.generate(SecondSite.seed());
    assertThat(again.itemsByUrl().keySet()).containsExactlyElementsOf(site.itemsByUrl().keySet());
    assertThat(new TruthCounter(again).count()).isEqualTo(truth);
  }

  @Test
  void everyListPageShowsExactlyItsColumnsEntriesWithTheirPrintedDates() {
    for (Column c : site.columns()) {
      Map<String, LocalDate> read = new LinkedHashMap<>();
      for (ListPage p : Paging.pages(c)) {
        SiteFiles.ServedFile file = files.get(p.url());
        assertThat(file).as("list page %s", p.url()).isNotNull();
        read.putAll(ListPageReader.read(p.url(), file.body(), c.style() == ListStyle.GBK_LIST));
      }
      Map<String, LocalDate> designed = new LinkedHashMap<>();
      c.entries().forEach(e -> designed.put(e.item().url(), e.dateInList() ? e.item().date() : null));
      assertThat(read).as("column %s", c.name()).containsExactlyEntriesOf(designed);
    }
  }

  @Test
  void hanwebDatastoresHoldOnlyTheirOwnPageAndTheTotal() {
    for (Column c : site.columns()) {
      if (!c.base().startsWith("/col/")) {
        continue;
      }
      var pages = Paging.pages(c);
      assertThat(pages).hasSize((c.entries().size() + 14) / 15);
      for (ListPage p : pages) {
        String html = new String(files.get(p.url()).body(), StandardCharsets.UTF_8);
        assertThat(html).contains("<totalrecord>" + c.entries().size() + "</totalrecord>");
        assertThat(html.split("<record>", -1)).hasSize(p.entries().size() + 1);
        assertThat(p.entries().size()).isLessThanOrEqualTo(15);
      }
      assertThat(pages.get(1).url()).isEqualTo(c.base() + "index.html?uid=" + Paging.unitId(c) + "&pageNum=2");
    }
  }

  @Test
  void itemPagesShowTheirDateOnlyWhenDesignedAndDisclosureTablesSplitWrittenFromPublished() {
    DateTimeFormatter cn = DateTimeFormatter.ofPattern("yyyy年MM月dd日");
    for (Item item : site.itemsByUrl().values()) {
      if (item.external() || item.template() == Item.Template.ATTACHMENT) {
        continue;
      }
      SiteFiles.ServedFile file = files.get(item.url());
      assertThat(file).as(item.url()).isNotNull();
      boolean gbk = item.template() == Item.Template.GBK;
      Document doc = Jsoup.parse(new String(file.body(), gbk ? SiteFiles.GBK : StandardCharsets.UTF_8));
      doc.select(".sidebar").remove();
      String article = doc.select(".article").text() + doc.select("meta").outerHtml();
      if (!item.dateOnPage()) {
        assertThat(ANY_DATE.matcher(article).find()).as("undated page %s", item.url()).isFalse();
        continue;
      }
      String shown = item.template() == Item.Template.PLAIN || gbk ? cn.format(item.date()) : item.date().toString();
      assertThat(article).as(item.url()).contains(shown);
      if (item.hasDisclosureTable()) {
        assertThat(doc.select(".xxgk-table").text().replace(" ", "")).contains("发布日期：" + cn.format(item.date()))
            .contains("成文日期：" + cn.format(item.writtenDate()));
      }
    }
  }

  @Test
  void gbkColumnDeclaresNoCharsetAndIsNotUtf8() throws Exception {
    Column gbk = site.columns().stream().filter(c -> c.style() == ListStyle.GBK_LIST).findFirst().orElseThrow();
    byte[] body = files.get(Paging.url(gbk, 1)).body();
    assertThat(new String(body, SiteFiles.GBK)).doesNotContainIgnoringCase("charset").contains(gbk.name());
    boolean utf8;
    try {
      StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(body));
      utf8 = true;
    } catch (CharacterCodingException e) {
      utf8 = false;
    }
    assertThat(utf8).isFalse();
    assertThat(files.get(Paging.url(gbk, 1)).contentType()).isEqualTo("text/html");
  }

  @Test
  void truthFieldsAgreeWithEachOther() {
    Set<String> total = truth.evidence("info_publishing.total");
    for (String f : ExpectedReport.FIELDS) {
      if (ExpectedReport.itemEvidence(f)) {
        assertThat(total).as(f).containsAll(truth.evidence(f));
      }
    }
    Set<String> union = new TreeSet<>(truth.evidence("info_publishing.overview_updates"));
    union.addAll(truth.evidence("info_publishing.news_updates"));
    union.addAll(truth.evidence("info_publishing.disclosure_updates"));
    int sum = truth.value("info_publishing.overview_updates") + truth.value("info_publishing.news_updates")
        + truth.value("info_publishing.disclosure_updates");
    assertThat(truth.value("info_publishing.overlap")).isEqualTo(sum - union.size()).isPositive();
    Set<String> kinds = new HashSet<>();
    for (String k : new String[] {"materials", "products", "media_reviews"}) {
      assertThat(truth.evidence("interpretation." + k)).isNotEmpty().allMatch(kinds::add);
    }
    assertThat(kinds).isEqualTo(truth.evidence("interpretation.total"));
    assertThat(truth.evidence("topics.maintained")).containsAll(truth.evidence("topics.new"));
    assertThat(truth.value("topics.maintained")).isLessThan(site.topics().size());
    assertThat(truth.evidence("topics.new")).isNotEmpty();
  }

  @Test
  void trapsAreCountedAsTheRulesSay() {
    Set<String> total = truth.evidence("info_publishing.total");
    assertThat(total).noneMatch(u -> u.startsWith("http"));
    assertThat(total).doesNotContainAnyElementsOf(site.sidebarOnly().stream().map(Item::url).toList());
    for (Item sidebarOnly : site.sidebarOnly()) {
      Document page = Jsoup.parse(new String(files.get(sidebarOnly.url()).body(), StandardCharsets.UTF_8));
      assertThat(page.select(".position").text()).as("names no column").isEqualTo("当前位置：首页 > 正文");
    }
    Column blocked = site.columns().stream().filter(Column::blockedByRobots).findFirst().orElseThrow();
    assertThat(total).doesNotContainAnyElementsOf(blocked.entries().stream().map(e -> e.item().url()).toList());
    assertThat(total).anyMatch(u -> u.startsWith(GeneratedMunicipalSite.ROBOTS_DISALLOWED));
    assertThat(truth.undated()).anyMatch(u -> u.startsWith(GeneratedMunicipalSite.ROBOTS_DISALLOWED))
        .anyMatch(u -> u.startsWith("/news/show-"));
    assertThat(total).anyMatch(u -> u.endsWith(".pdf"));
    assertThat(String.valueOf(files.get("/robots.txt").body().length)).isNotEmpty();
    assertThat(new String(files.get("/robots.txt").body(), StandardCharsets.US_ASCII))
        .contains("Disallow: " + GeneratedMunicipalSite.ROBOTS_DISALLOWED);
    for (Item item : site.itemsByUrl().values()) {
      if (item.hasDisclosureTable() && item.writtenDate().getYear() != item.date().getYear()
          && !new TruthCounter(site).readableColumnsListing(item).isEmpty()) {
        assertThat(total.contains(item.url())).as(item.url()).isEqualTo(item.date().getYear() == 2026);
      }
    }
    assertThat(site.itemsByUrl().values()).anyMatch(i -> i.hasDisclosureTable() && i.date().getYear() == 2026
        && i.writtenDate().getYear() == 2025);
    assertThat(site.itemsByUrl().values()).anyMatch(i -> i.date() != null && i.date().getYear() == 2027);
  }
}
