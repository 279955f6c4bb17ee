package io.github.govaudit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  private static String html(ReportDocument doc, ReportCharts charts) throws IOException {
    StringWriter out = new StringWriter();
    new HtmlReport().write(doc, charts, out);
    return out.toString();
  }

  @Test
  void crawledMarkupInValuesNotesEvidenceAndTitlesShowsAsTextAndNeverRuns() throws IOException {
    String page = html(ReportDocument.of(SampleReports.hostile()), ReportCharts.none());

    assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(page).doesNotContainIgnoringCase("<script");
    assertThat(page).doesNotContain("<img").doesNotContain("<b>bold");
    assertThat(page).contains("&lt;img src&#61;x onerror&#61;alert(4)&gt;");
    assertThat(page).doesNotContainIgnoringCase("href=\"javascript:");
    assertThat(page).contains("javascript:alert(3)"); // listed as text, not as a link
    assertThat(page).doesNotContain("\"><script>alert(2)");
  }

  @Test
  void everyValueShowsItsSourceNoteAndLinksToItsEvidence() throws IOException {
    String page = html(ReportDocument.of(SampleReports.mixed()), ReportCharts.none());

    assertThat(page).contains("政府网站标识码", "1234567890", "网站抓取", "footer");
    assertThat(page).contains("<a href=\"http://www.example.gov.cn/a/1.html\">http://www.example.gov.cn/a/1.html</a>");
    assertThat(page).contains("<summary>2 URL</summary>");
    assertThat(page).contains("信息发布", "总数（单位：条）", "1032 条");
    assertThat(page).contains("☑是　□否");
  }

  @Test
  void rowsLeftForThePersonAreMarkedBlank() throws IOException {
    String page = html(ReportDocument.of(SampleReports.mixed()), ReportCharts.none());

    assertThat(page).contains("<tr id=\"f-basic_info-uv\" class=\"blank\">");
    assertThat(page).contains("（待填）", "needs the site&#39;s analytics");
    assertThat(page).contains("<tr id=\"f-security-protection_level\" class=\"blank\">", "□二级　□三级　□未定级");
  }

  @Test
  void sectionsKeysAndBlocksTheFormDoesNotNameAreShownUnderTheirKeys() throws IOException {
    String page = html(ReportDocument.of(SampleReports.mixed()), ReportCharts.none());

    assertThat(page).contains("id=\"s-future_section\"", "widgets", "a section added later");
    assertThat(page).contains("id=\"f-info_publishing-overlap\"", "counted twice");
    assertThat(page).contains("id=\"b-marks\"", "site_code.pages_missing (1)",
        "<a href=\"http://www.example.gov.cn/x.html\">", "value: 9999999999");
  }

  @Test
  void chartsAreDrawnOnlyFromDataTheReportHas() throws IOException {
    assertThat(html(ReportDocument.of(SampleReports.mixed()), ReportCharts.none())).doesNotContain("<svg");

    List<ReportCharts.Month> months = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      months.add(new ReportCharts.Month(m, m, 2 * m, 0, 1));
    }
    ReportCharts charts = new ReportCharts(months, List.of(new ReportCharts.ColumnAge(
        "政务动态 > <i>工作动态</i>", "http://www.example.gov.cn/gzdt/", LocalDate.of(2026, 6, 1), 187)),
        LocalDate.of(2026, 12, 5));
    String page = html(ReportDocument.of(SampleReports.mixed()), charts);

    assertThat(page).contains("id=\"chart-months\"", "id=\"chart-freshness\"", "12月", "187天");
    assertThat(page).contains("&lt;i&gt;工作动态&lt;/i&gt;").doesNotContain("<i>");
    assertThat(page.split("<rect ", -1)).hasSizeGreaterThan(48);
  }

  @Test
  void theStillToFillSectionListsEachEmptyFieldWithItsPathAndEscapesItsNote() throws IOException {
    String page = html(ReportDocument.of(SampleReports.read("""
        {"report": "work", "year": 2026,
         "site": {"name": "示范市人民政府", "home": "http://www.example.gov.cn/", "allowed_hosts": []},
         "generated_at": "2026-12-05T10:00:00Z", "tool_version": "0.1.0",
         "crawl": {"pages": 3, "started": "", "finished": null, "errors": 0, "cut": []},
         "sections": {
           "basic_info": {
             "uv": {"value": null, "source": "missing", "evidence": [], "note": "needs the analytics"},
             "pv": {"value": 9, "source": "manual", "evidence": [], "note": "entered by hand"},
             "site_code": {"value": null, "source": "missing", "evidence": [], "note": "<script>alert(1)</script>"}
           }
         },
         "undated": [], "external_entries": [], "unreadable_pages": []}
        """)), ReportCharts.none());

    assertThat(page).contains("<section id=\"to-fill\">", "<a href=\"#to-fill\">待填写项</a>");
    String section = page.substring(page.indexOf("<section id=\"to-fill\">"), page.indexOf("</section>",
        page.indexOf("<section id=\"to-fill\">")));
    assertThat(section).contains("<a href=\"#f-basic_info-uv\">基本信息 · 用户访问 · 独立用户访问总量</a>",
        "sections.basic_info.uv", "单位记录（填入 overrides 文件）", "needs the analytics");
    assertThat(section).contains("sections.basic_info.site_code", "网站可查（抓取未找到）",
        "&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(section).doesNotContain("sections.basic_info.pv");
    assertThat(page).doesNotContainIgnoringCase("<script");
  }

  @Test
  void aReportWithNothingLeftToFillHasNoStillToFillSection() throws IOException {
    String page = html(ReportDocument.of(SampleReports.read("""
        {"report": "work", "year": 2026,
         "site": {"name": "示范市人民政府", "home": "http://www.example.gov.cn/", "allowed_hosts": []},
         "generated_at": "2026-12-05T10:00:00Z", "tool_version": "0.1.0",
         "crawl": {"pages": 3, "started": "", "finished": null, "errors": 0, "cut": []},
         "sections": {"basic_info": {"pv": {"value": 9, "source": "manual", "evidence": [], "note": ""}}},
         "undated": [], "external_entries": [], "unreadable_pages": []}
        """)), ReportCharts.none());

    assertThat(page).doesNotContain("id=\"to-fill\"");
  }
}
