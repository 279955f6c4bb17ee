package io.github.govaudit.render;

import io.github.govaudit.render.Flattened.Entry;
import io.github.govaudit.render.ReportDocument.Row;
import io.github.govaudit.render.ReportDocument.Section;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * {@code work-report-Y.docx} and {@code supervision-report-Y.docx}: the draft in its official form's
 * layout ({@link FormLayout}) — title, year, 填报单位, one table of the form's sections and rows in
 * its order with units and ☑/□ choices (and a column per period where the form has them), values
 * filled and rows left for the person shaded and empty, the signature line and the form's 注 — then
 * an annex listing each row's source, evidence (its count, or the entries where the form lists them)
 * and note, the fields outside the form, the fields still to fill and the report's other blocks.
 */
public final class DocxReport {

  /** Entries of a block's list written into the annex. */
  static final int MAX_BLOCK_ENTRIES = 200;
  private static final int[] FORM_WIDTHS = {1200, 1300, 2900, 700, 2900};
  private static final int[] ANNEX_WIDTHS = {700, 1100, 2000, 1100, 800, 3300};
  /** The annex's widths when it lists the evidence: room for a file path a line. */
  private static final int[] LISTED_ANNEX_WIDTHS = {600, 1000, 1700, 1000, 2600, 2100};
  private static final int[] TO_FILL_WIDTHS = {700, 2200, 2600, 1300, 2200};

  /** A writer of DOCX reports; keeps POI's logging off the terminal. */
  public DocxReport() {
    PoiLogging.quiet();
  }

  /** Writes the document of {@code doc} to {@code out}. */
  public void write(ReportDocument doc, OutputStream out) throws IOException {
    FormLayout layout = doc.layout();
    try (XWPFDocument d = new XWPFDocument()) {
      DocxCells.paragraph(d, layout.title(), 18, true, ParagraphAlignment.CENTER);
      DocxCells.paragraph(d, "（" + doc.year() + "年度）", 12, false, ParagraphAlignment.CENTER);
      DocxCells.paragraph(d, "填报单位（盖章）：" + sponsor(doc), 11, false, ParagraphAlignment.LEFT);
      if (layout.periods().isEmpty()) {
        formTable(d, doc);
      } else {
        DocxPeriodForm.write(d, doc);
      }
      DocxCells.paragraph(d, layout.signatures(), 10, false, ParagraphAlignment.LEFT);
      DocxCells.paragraph(d, layout.note(), 9, false, ParagraphAlignment.LEFT);
      String basis = doc.home().isEmpty() ? "各网站的检查记录" : "网站 " + doc.home() + " 的抓取结果";
      DocxCells.paragraph(d, "草稿：由 govaudit " + doc.toolVersion() + " 于 " + doc.generatedAt() + " 依据" + basis
          + "生成；浅色底纹的格子待人工填写，来源与证据见附件。", 9, false, ParagraphAlignment.LEFT)
          .getRuns().get(0).setColor("666666");
      d.createParagraph().createRun().addBreak(BreakType.PAGE);
      annex(d, doc);
      d.write(out);
    }
  }

  private static void formTable(XWPFDocument d, ReportDocument doc) {
    XWPFTable t = DocxCells.table(d, FORM_WIDTHS, "栏目", "分项", "指标", "单位", "填报值");
    for (Section s : doc.sections()) {
      List<Row> rows = s.rows().stream().filter(Row::official).toList();
      String lastGroup = null;
      for (int i = 0; i < rows.size(); i++) {
        Row r = rows.get(i);
        String group = r.form().group();
        boolean newGroup = !group.equals(lastGroup);
        XWPFTableRow tr = DocxCells.row(t, i == 0 ? s.title() : "", newGroup ? group : "", r.form().label(),
            r.form().unit(), ValueText.formText(r));
        DocxCells.mergeDown(tr.getCell(0), i == 0);
        if (!group.isEmpty()) {
          DocxCells.mergeDown(tr.getCell(1), newGroup);
        }
        if (r.blank()) {
          DocxCells.markBlank(tr.getCell(4));
        }
        lastGroup = group;
      }
    }
  }

  private static void annex(XWPFDocument d, ReportDocument doc) {
    DocxCells.paragraph(d, "附件：各项数据的来源与证据", 14, true, ParagraphAlignment.LEFT);
    FormLayout layout = doc.layout();
    String json = layout.fileStem() + "-" + doc.year() + ".json";
    boolean listed = layout.evidenceListed() > 0;
    DocxCells.paragraph(d, "来源：网站抓取 = 由抓取的页面或检查记录计数；抓取配置 = 取自抓取配置；人工填报 = 人工填写；待填 = 无法测得，请人工填写。"
        + (listed ? "证据为该项所依据的检查记录（最多列 " + layout.evidenceListed() + " 条），全文见 " + json + "。"
            : "证据数为该项所依据的网址条数，网址全文见 " + json + " 与 evidence-" + doc.year() + ".csv。"),
        9, false, ParagraphAlignment.LEFT);
    XWPFTable t = DocxCells.table(d, listed ? LISTED_ANNEX_WIDTHS : ANNEX_WIDTHS, "序号", "栏目", "指标", "来源",
        listed ? "证据" : "证据数", "说明");
    int n = 0;
    List<Row> extra = new ArrayList<>();
    for (Section s : doc.sections()) {
      for (Row r : s.rows()) {
        if (!r.official()) {
          extra.add(r);
          continue;
        }
        String label = r.form().fullLabel() + layout.period(r.period()).map(p -> " · " + p.title()).orElse("");
        DocxCells.row(t, String.valueOf(++n), s.title(), label, ValueText.source(r.source()),
            listed ? evidence(r, layout.evidenceListed(), json) : String.valueOf(r.evidence().size()), r.note());
      }
    }
    if (!extra.isEmpty()) {
      DocxCells.paragraph(d, "表外项目（报告中有、报表无对应栏目）", 12, true, ParagraphAlignment.LEFT);
      XWPFTable x = DocxCells.table(d, ANNEX_WIDTHS, "序号", "栏目", "键", "值", "证据数", "说明");
      for (Row r : extra) {
        DocxCells.row(x, String.valueOf(++n), r.section(), r.key(), ValueText.text(r.value()),
            String.valueOf(r.evidence().size()), (r.source().isEmpty() ? "" : ValueText.source(r.source()) + "；") + r.note());
      }
    }
    toFill(d, doc);
    for (ReportDocument.Block b : doc.blocks()) {
      DocxCells.paragraph(d, "附加信息：" + b.key(), 12, true, ParagraphAlignment.LEFT);
      List<Entry> entries = Flattened.of(b.node()).entries();
      XWPFTable x = DocxCells.table(d, new int[] {2800, 6200}, "项", "内容");
      entries.stream().limit(MAX_BLOCK_ENTRIES).forEach(e -> DocxCells.row(x, e.path(), e.text()));
      if (entries.size() > MAX_BLOCK_ENTRIES) {
        DocxCells.row(x, "…", (entries.size() - MAX_BLOCK_ENTRIES) + " more in " + json);
      }
    }
  }

  /** The fields still empty, each with its path in the overrides file, where it comes from and why. */
  private static void toFill(XWPFDocument d, ReportDocument doc) {
    if (doc.toFill().isEmpty()) {
      return;
    }
    DocxCells.paragraph(d, "待填写项（填入 overrides 文件后重新生成）", 12, true, ParagraphAlignment.LEFT);
    XWPFTable t = DocxCells.table(d, TO_FILL_WIDTHS, "序号", "指标", "overrides 路径", "来源", "说明");
    int n = 0;
    for (ReportDocument.ToFillRow r : doc.toFill()) {
      DocxCells.row(t, String.valueOf(++n), r.label(), r.field(), ValueText.fillFrom(r.from()), r.how());
    }
  }

  /** The first {@code max} entries of the row's evidence, one a line, and how many more the JSON holds. */
  private static String evidence(Row r, int max, String json) {
    List<String> lines = new ArrayList<>(r.evidence().stream().limit(max).toList());
    if (r.evidence().size() > max) {
      lines.add("… " + (r.evidence().size() - max) + " more in " + json);
    }
    return lines.isEmpty() ? "—" : String.join("\n", lines);
  }

  private static String sponsor(ReportDocument doc) {
    return doc.rows().stream().filter(r -> r.section().equals("basic_info") && r.key().equals("sponsor"))
        .findFirst().flatMap(Row::filled).map(ValueText::text).orElse("");
  }
}
