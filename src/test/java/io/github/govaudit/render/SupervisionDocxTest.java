package io.github.govaudit.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govaudit.overrides.Override;
import io.github.govaudit.overrides.Overrides;
import io.github.govaudit.supervise.SiteInspection;
import io.github.govaudit.supervise.SupervisionBuilder;
import io.github.govaudit.supervise.SupervisionReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/** {@code supervision-report-Y.docx} in the layout and row labels of the official 政府网站监管年度报表. */
class SupervisionDocxTest {

  /** Every row label and block title of the 2020 form, in its order, as printed on it. */
  static final List<String> OFFICIAL_LABELS = List.of(
      "网站普查", "网站运行总数", "普查网站数量", "普查合格率", "不合格网站数量", "普查发现突出问题网站数量",
      "问题网站整改数量", "公开网址", "问责人次", "约谈", "书面检查", "通报批评", "警告或记过处分", "调离岗位或免职", "其他",
      "是否纳入政府年度绩效考核",
      "安全检查", "检查次数", "检查网站数量", "发现问题网站数量", "问题网站整改数量",
      "网站开设整合", "网站总数", "新开设网站数量", "整合迁移网站数量", "临时下线网站数量",
      "“我为政府网站找错”平台网民留言办理", "收到留言数量", "按期办结数量", "超期办结数量",
      "主席信箱网民信件办理", "收到网民信件数量", "按期办结数量", "超期办结数量",
      "自治区人民政府门户网站内容保障情况", "栏目内容保障稿件数量", "稿件采用数量", "在线访谈数量", "调查征集数量",
      "假冒政府网站处置", "发现数量", "处置数量",
      "人员培训", "办训情况", "培训次数", "培训人次", "培训天数", "参训情况", "参训次数", "参训人次", "参训天数",
      "其他");

  private static final Path QSX = Path.of("data/qsx");
  private static final Path HBX = Path.of("data/hbx");

  private static SiteInspection inspection(Path site, String date, boolean failed, boolean serious, boolean https) {
    return new SiteInspection(site, site.getFileName().toString(), LocalDate.parse(date),
        site.resolve("inspections/" + date + ".json"), failed, serious, https);
  }

  /** Two sites: one failing its first quarter on a single veto and passing in the second, one passing. */
  static SupervisionReport report() throws Exception {
    Map<Path, List<SiteInspection>> sites = new LinkedHashMap<>();
    sites.put(QSX, List.of(inspection(QSX, "2026-02-10", true, true, true), inspection(QSX, "2026-05-10", false, false, false)));
    sites.put(HBX, List.of(inspection(HBX, "2026-02-12", false, false, false)));
    SupervisionReport drafted = new SupervisionBuilder().build(2026, sites);
    Overrides manual = new Overrides("reports/supervision-overrides-2026.yaml", List.of(
        new Override("training", "q4.sessions_held", 1, "全市政府网站培训班"),
        new Override("inspection", "performance_review", true, ""),
        new Override("inspection", "published_url", "http://www.example.gov.cn/pc/", "")));
    return drafted.withSections(manual.apply(drafted.sections()));
  }

  private static XWPFDocument reread(SupervisionReport report) throws Exception {
    return DocxReading.reread(ReportDocument.of(report));
  }

  private static List<List<String>> rows(XWPFTable t) {
    return DocxReading.rows(t);
  }

  private static XWPFTableRow formRow(XWPFDocument d, String label) {
    return d.getTables().get(0).getRows().stream().filter(r -> r.getCell(2).getText().equals(label))
        .findFirst().orElseThrow(() -> new AssertionError("no row " + label));
  }

  @Test
  void theFormReReadWithPoiHasEveryOfficialRowLabelOfTheSupervisionFormInItsOrder() throws Exception {
    try (XWPFDocument d = reread(report())) {
      List<List<String>> form = rows(d.getTables().get(0));
      assertThat(form.get(0)).containsExactly("栏目", "分项", "指标", "一季度", "二季度", "三季度", "四季度", "年度");
      List<String> texts = new ArrayList<>();
      for (List<String> r : form.subList(1, form.size())) {
        for (int c = 0; c < 3; c++) {
          if (!r.get(c).isEmpty()) {
            texts.add(r.get(c).replaceAll("（单位：.*）$", ""));
          }
        }
      }
      assertThat(texts).containsSubsequence(OFFICIAL_LABELS);
      assertThat(d.getParagraphs().stream().map(XWPFParagraph::getText)).contains("政府网站监管年度报表", "（2026年度）");
    }
  }

  @Test
  void eachNumberSitsInItsQuarterWithTheFormsUnitAndChoicesAreTicked() throws Exception {
    try (XWPFDocument d = reread(report())) {
      assertThat(rows(d.getTables().get(0))).contains(
          List.of("网站普查", "", "网站运行总数（单位：家）", "2", "2", "2", "2", "2"),
          List.of("", "", "不合格网站数量（单位：家）", "1", "0", "0", "0", "1"),
          List.of("", "", "普查合格率（单位：%）", "50.0", "100.0", "", "", "50.0"),
          List.of("", "", "是否纳入政府年度绩效考核", "☑是　□否"),
          List.of("", "", "公开网址", "http://www.example.gov.cn/pc/"));
      assertThat(formRow(d, "培训次数（单位：次）").getCell(6).getText()).isEqualTo("1");
    }
  }

  @Test
  void fieldsLeftForThePersonAreEmptyAndShadedAndFilledOnesAreNot() throws Exception {
    try (XWPFDocument d = reread(report())) {
      XWPFTableRow found = formRow(d, "发现数量（单位：个）");
      for (int c = 3; c < 8; c++) {
        assertThat(found.getCell(c).getText()).isEmpty();
        assertThat(found.getCell(c).getColor()).isEqualTo(DocxCells.BLANK_FILL);
      }
      XWPFTableRow training = formRow(d, "培训次数（单位：次）");
      assertThat(training.getCell(3).getColor()).isEqualTo(DocxCells.BLANK_FILL);
      assertThat(training.getCell(6).getColor()).isNull();
      assertThat(formRow(d, "其他监管措施").getCell(3).getColor()).isEqualTo(DocxCells.BLANK_FILL);
    }
  }

  @Test
  void theAnnexListsTheInspectionsBehindEachNumberAndTheFieldsStillToFill() throws Exception {
    try (XWPFDocument d = reread(report())) {
      List<List<String>> annex = rows(d.getTables().get(1));
      assertThat(annex.get(0)).containsExactly("序号", "栏目", "指标", "来源", "证据", "说明");
      assertThat(annex).anySatisfy(r -> {
        assertThat(r.subList(1, 4)).containsExactly("网站普查", "不合格网站数量 · 一季度", "网站抓取");
        assertThat(r.get(4)).isEqualTo(Path.of("data/qsx/inspections/2026-02-10.json").toString());
      });
      assertThat(annex).anySatisfy(r -> assertThat(r.subList(1, 6))
          .containsExactly("人员培训", "办训情况 · 培训次数 · 四季度", "人工填报", "—", "全市政府网站培训班"));
      List<List<String>> toFill = d.getTables().stream().map(SupervisionDocxTest::rows)
          .filter(t -> t.get(0).contains("overrides 路径")).findFirst().orElseThrow();
      List<String> paths = toFill.stream().map(r -> r.get(2)).toList();
      assertThat(paths).contains("sections.training.q1.sessions_held", "sections.counterfeit_sites.year.found",
          "sections.other.measures").doesNotContain("sections.training.q4.sessions_held", "sections.inspection.published_url");
    }
  }

  @Test
  void everyRowOfTheSupervisionFormHasItsFieldInTheDraftedReportAndNoFieldIsOutsideTheForm() throws Exception {
    ReportDocument doc = ReportDocument.of(report());

    assertThat(doc.rows()).allSatisfy(r -> {
      assertThat(r.official()).as(r.path()).isTrue();
      assertThat(r.source()).as(r.path()).isIn("crawled", "manual", "missing");
      assertThat(r.note()).as(r.path()).isNotEqualTo("not in this draft (the site cannot show it): fill in by hand");
    });
  }
}
