package io.github.govaudit.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govaudit.marks.FilingMarks;
import io.github.govaudit.marks.FilingMarksReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageAnalyzerTest {

  private final PageAnalyzer analyzer = new PageAnalyzer();

  @Test
  void readsTheMarksOfEveryFixturePageAsTheMarksReaderReadsTheWholeDocument() {
    FilingMarksReader reader = new FilingMarksReader();
    List<String> differing = new ArrayList<>();
    int withSiteCode = 0;
    List<PageCorpus.Page> pages = new PageCorpus().fixtures();
    for (PageCorpus.Page p : pages) {
      Document doc = Jsoup.parse(p.html(), p.url());
      FilingMarks analysed = analyzer.analyze(p.url(), doc).marks();
      if (!analysed.equals(reader.read(doc))) {
        differing.add(p.name() + ": " + analysed + " / " + reader.read(doc));
      }
      withSiteCode += analysed.siteCode().isPresent() ? 1 : 0;
    }
    assertThat(differing).isEmpty();
    // the labelled corpus alone prints a site code on 50 pages
    assertThat(withSiteCode).isGreaterThanOrEqualTo(50);
  }

  @Test
  void readsTrsListWithEveryPageFromCreatePageHtml() {
    String url = "http://jyt.gxzf.gov.cn/zwdt/gzdt/index.html";
    PageAnalysis a = analyzer.analyze(url, Fixtures.page("trs-list.html", url));

    assertThat(a.pageType()).isEqualTo(PageType.LIST);
    assertThat(a.title()).isEqualTo("工作动态");
    assertThat(a.category()).isEqualTo(Category.NEWS);
    assertThat(a.publishDate()).isNull();
    assertThat(a.pagination().pages()).isEqualTo(7);
    assertThat(a.pagination().urls()).startsWith(url, "http://jyt.gxzf.gov.cn/zwdt/gzdt/index_1.html")
        .endsWith("http://jyt.gxzf.gov.cn/zwdt/gzdt/index_6.html").hasSize(7);
    // the fixture prints ten entries in two <ul> blocks of five
    assertThat(a.listItems()).hasSize(10);
  }

  @Test
  void givesMonthDayListDatesTheYearOfTheItemUrl() {
    String url = "http://jyt.gxzf.gov.cn/zwdt/gzdt/index.html";
    PageAnalysis a = analyzer.analyze(url, Fixtures.page("trs-list.html", url));

    assertThat(a.listItems().get(2).date()).isEqualTo(LocalDate.of(2024, 5, 12));
    assertThat(a.listItems().get(2).dateText()).isEqualTo("[05-12]");
    assertThat(a.listItems().get(9).date()).isEqualTo(LocalDate.of(2023, 12, 20));
  }

  @Test
  void takesTheFullTitleFromTheTitleAttributeWhenTheTextIsCut() {
    String url = "http://jyt.gxzf.gov.cn/zwdt/gzdt/index.html";
    PageAnalysis a = analyzer.analyze(url, Fixtures.page("trs-list.html", url));

    assertThat(a.listItems().get(2).title())
        .isEqualTo("自治区教育厅赴百色市调研职业教育产教融合工作情况并召开座谈会听取意见建议");
  }

  @Test
  void readsHanwebDatastoreRecordsAndPagesFromTotalRecord() {
    String url = "http://www.qingzhou.gov.cn/col/col1234/index.html";
    PageAnalysis a = analyzer.analyze(url, Fixtures.page("hanweb-list.html", url));

    assertThat(a.pageType()).isEqualTo(PageType.LIST);
    assertThat(a.category()).isEqualTo(Category.DISCLOSURE);
    assertThat(a.listItems()).hasSize(6);
    assertThat(a.listItems().get(1).url())
        .isEqualTo("http://www.qingzhou.gov.cn/art/2024/5/12/art_1234_7688.html");
    assertThat(a.listItems().get(1).date()).isEqualTo(LocalDate.of(2024, 5, 12));
    // 41 records at 15 per page
    assertThat(a.pagination().pages()).isEqualTo(3);
    assertThat(a.pagination().urls().get(1))
        .isEqualTo("http://www.qingzhou.gov.cn/col/col1234/index.html?uid=4567&pageNum=2");
  }

  @Test
  void readsUndeclaredEncodingTableListWithQueryPaging() {
    String url = "http://www.qhx.gov.cn/news/list.php?catid=12&page=2";
    PageAnalysis a = analyzer.analyze(url, Fixtures.page("plain-list-gbk.html", url));

    assertThat(a.pageType()).isEqualTo(PageType.LIST);
    assertThat(a.title()).isEqualTo("政务要闻");
    assertThat(a.breadcrumb()).containsExactly("网站首页", "新闻中心", "政务要闻");
    assertThat(a.listItems()).hasSize(6);
    assertThat(a.listItems().get(0).date()).isEqualTo(LocalDate.of(2024, 5, 30));
    assertThat(a.pagination().pages()).isEqualTo(15);
    assertThat(a.pagination().urls()).contains(url, "http://www.qhx.gov.cn/news/list.php?catid=12&page=15");
  }

  @Test
  void readsPublishDateFromDisclosureTableNotWrittenDate() {
    String url = "http://jyt.gxzf.gov.cn/xxgk/fdzdgknr/zcwj/202401/t20240108_2722001.html";
    PageAnalysis a = analyzer.analyze(url, Fixtures.page("disclosure-item.html", url));

    assertThat(a.pageType()).isEqualTo(PageType.DISCLOSURE_ITEM);
    assertThat(a.category()).isEqualTo(Category.DISCLOSURE);
    assertThat(a.publishDate()).isEqualTo(LocalDate.of(2024, 1, 8));
    assertThat(a.dateSource()).isEqualTo(DateSource.DISCLOSURE_TABLE);
    assertThat(a.disclosure().writtenDate()).isEqualTo(LocalDate.of(2023, 12, 28));
    assertThat(a.disclosure().indexNo()).isEqualTo("000014349/2024-00231");
    assertThat(a.disclosure().docNo()).isEqualTo("桂教规范〔2023〕12号");
    assertThat(a.column()).isEqualTo("政策文件");
  }

  @Test
  void prefersThePrintedPublishTimeOverMetaPubDate() {
    String url = "http://jyt.gxzf.gov.cn/zwdt/gzdt/202405/t20240512_2743561.html";
    PageAnalysis a = analyzer.analyze(url, Fixtures.page("trs-item.html", url));

    assertThat(a.pageType()).isEqualTo(PageType.ITEM);
    assertThat(a.title()).isEqualTo("自治区教育厅赴百色市调研职业教育产教融合工作");
    assertThat(a.publishDate()).isEqualTo(LocalDate.of(2024, 5, 12));
    assertThat(a.dateSource()).isEqualTo(DateSource.BODY);
    assertThat(a.category()).isEqualTo(Category.NEWS);
    assertThat(a.contentSource()).isEqualTo("自治区教育厅职成处");
    assertThat(a.meta()).containsEntry("ColumnName", "工作动态");
  }

  @Test
  void tellsInterpretationMaterialFromProductAndMediaReview() {
    String base = "http://jyt.gxzf.gov.cn/jdhy/zcjd/202406/t20240603_275000";
    assertThat(kind("interpretation-material.html", base + "1.html")).isEqualTo(InterpretationKind.MATERIAL);
    assertThat(kind("interpretation-product.html", base + "2.html")).isEqualTo(InterpretationKind.PRODUCT);
    assertThat(kind("interpretation-media.html", base + "3.html")).isEqualTo(InterpretationKind.MEDIA_REVIEW);
  }

  @Test
  void leavesInterpretationKindEmptyForOrdinaryNews() {
    String url = "http://jyt.gxzf.gov.cn/zwdt/gzdt/202405/t20240512_2743561.html";
    assertThat(analyzer.analyze(url, Fixtures.page("trs-item.html", url)).interpretationKind()).isNull();
  }

  private InterpretationKind kind(String file, String url) {
    return analyzer.analyze(url, Fixtures.page(file, url)).interpretationKind();
  }
}
