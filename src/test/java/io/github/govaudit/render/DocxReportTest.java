package io.github.govaudit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

class DocxReportTest {

  private static XWPFDocument reread(ReportDocument doc) throws IOException {
    return DocxReading.reread(doc);
  }

  private static List<List<String>> rows(XWPFTable t) {
    return DocxReading.rows(t);
  }

  @Test
  void theFormReReadWithPoiHasEveryOfficialRowLabelInTheFormsOrder() throws IOException {
    try (XWPFDocument d = reread(ReportDocument.of(SampleReports.mixed()))) {
      List<List<String>> form = rows(d.getTables().get(0));
      assertThat(form.get(0)).containsExactly("栏目", "分项", "指标", "单位", "填报值");
      List<String> labels = form.stream().skip(1).map(r -> r.get(2)).toList();
      List<String> expected = FormLayout.WORK.sections().stream()
          .flatMap(s -> s.rows().stream()).map(FormLayout.FormRow::label).toList();
      assertThat(labels).containsExactlyElementsOf(expected);
      List<String> sections = form.stream().skip(1).map(r -> r.get(0)).filter(s -> !s.isEmpty()).toList();
      assertThat(sections).containsExactly("基本信息", "信息发布", "专题专栏", "解读回应", "办事服务", "互动交流",
          "安全防护", "移动新媒体", "创新发展");
      assertThat(d.getParagraphs().stream().map(XWPFParagraph::getText))
          .contains("政府网站工作年度报表", "（2026年度）");
    }
  }

  @Test
  void filledValuesAppearWithTheirUnitsAndChoicesAreTicked() throws IOException {
    try (XWPFDocument d = reread(ReportDocument.of(SampleReports.mixed()))) {
      List<List<String>> form = rows(d.getTables().get(0));
      assertThat(form).contains(List.of("", "", "政府网站标识码", "", "1234567890"));
      assertThat(form).contains(List.of("", "", "ICP备案号", "", "京ICP备12345678号-1"));
      assertThat(form).contains(List.of("信息发布", "", "总数", "条", "1032"));
      assertThat(form).contains(List.of("", "", "是否使用统一平台", "", "☑是　□否"));
      assertThat(form).contains(List.of("", "", "网站类型", "", "□政府门户网站　□部门网站　□专项网站"));
    }
  }

  @Test
  void fieldsLeftForThePersonAreEmptyAndShaded() throws IOException {
    try (XWPFDocument d = reread(ReportDocument.of(SampleReports.mixed()))) {
      XWPFTableRow uv = d.getTables().get(0).getRows().stream()
          .filter(r -> r.getCell(2).getText().equals("独立用户访问总量")).findFirst().orElseThrow();
      assertThat(uv.getCell(4).getText()).isEmpty();
      assertThat(uv.getCell(4).getColor()).isEqualTo(DocxCells.BLANK_FILL);
      XWPFTableRow code = d.getTables().get(0).getRows().stream()
          .filter(r -> r.getCell(2).getText().equals("政府网站标识码")).findFirst().orElseThrow();
      assertThat(code.getCell(4).getColor()).isNull();
    }
  }

  @Test
  void theAnnexListsEachFieldsSourceEvidenceCountAndNoteThenWhatTheFormDoesNotName() throws IOException {
    try (XWPFDocument d = reread(ReportDocument.of(SampleReports.mixed()))) {
      List<List<String>> annex = rows(d.getTables().get(1));
      assertThat(annex.get(0)).containsExactly("序号", "栏目", "指标", "来源", "证据数", "说明");
      assertThat(annex).anySatisfy(r -> assertThat(r.subList(1, 6))
          .containsExactly("信息发布", "总数", "网站抓取", "2", "distinct items"));
      assertThat(annex).anySatisfy(r -> assertThat(r.subList(1, 4)).containsExactly("基本信息", "用户访问 · 独立用户访问总量", "待填"));
      List<List<String>> extra = rows(d.getTables().get(2));
      assertThat(extra).anySatisfy(r -> assertThat(r.subList(1, 5)).containsExactly("info_publishing", "overlap", "5", "0"));
      assertThat(extra).anySatisfy(r -> assertThat(r.subList(1, 5)).containsExactly("future_section", "widgets", "7", "1"));
      String all = String.join("\n", d.getTables().stream().map(XWPFTable::getText).toList());
      assertThat(all).contains("site_code.pages_different[0]", "9999999999", "pages_missing (1)");
      assertThat(d.getParagraphs().stream().map(XWPFParagraph::getText)).contains("附加信息：crawl", "附加信息：marks");
    }
  }

  @Test
  void crawledMarkupIsWrittenAsPlainText() throws IOException {
    try (XWPFDocument d = reread(ReportDocument.of(SampleReports.hostile()))) {
      assertThat(rows(d.getTables().get(0))).contains(List.of("基本信息", "", "网站名称", "", SampleReports.SCRIPT));
    }
  }

  @Test
  void theAnnexListsTheFieldsStillToFillWithTheirOverridesPath() throws IOException {
    ReportDocument doc = ReportDocument.of(SampleReports.read("""
        {"report": "work", "year": 2026,
         "site": {"name": "示范市人民政府", "home": "http://www.example.gov.cn/", "allowed_hosts": []},
         "generated_at": "2026-12-05T10:00:00Z", "tool_version": "0.1.0",
         "crawl": {"pages": 3, "started": "", "finished": null, "errors": 0, "cut": []},
         "sections": {"basic_info": {
           "uv": {"value": null, "source": "missing", "evidence": [], "note": "needs the analytics"},
           "pv": {"value": 9, "source": "manual", "evidence": [], "note": "entered by hand"}}},
         "undated": [], "external_entries": [], "unreadable_pages": []}
        """));
    try (XWPFDocument d = reread(doc)) {
      List<List<String>> toFill = d.getTables().stream().map(DocxReportTest::rows)
          .filter(r -> r.get(0).equals(List.of("序号", "指标", "overrides 路径", "来源", "说明"))).findFirst().orElseThrow();

      assertThat(toFill).hasSize(2);
      assertThat(toFill.get(1)).containsExactly("1", "基本信息 · 用户访问 · 独立用户访问总量", "sections.basic_info.uv",
          "单位记录（填入 overrides 文件）", "needs the analytics");
    }
  }
}
