package io.github.govaudit.render;

import io.github.govaudit.render.FormLayout.FormRow;
import io.github.govaudit.render.FormLayout.Period;
import io.github.govaudit.render.ReportDocument.Row;
import io.github.govaudit.render.ReportDocument.Section;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/**
 * The table of a form with period columns (the supervision form): 栏目, 分项, 指标（单位）, then one
 * column per period; a row of one value spans the period columns. Empty cells are left blank and shaded.
 */
final class DocxPeriodForm {

  private static final int SECTION_WIDTH = 1000;
  private static final int GROUP_WIDTH = 800;
  private static final int LABEL_WIDTH = 2700;
  private static final int PERIOD_WIDTH = 900;
  private static final int FIRST_VALUE = 3;

  private DocxPeriodForm() {}

  /** Writes the form table of {@code doc}. */
  static XWPFTable write(XWPFDocument d, ReportDocument doc) {
    List<Period> periods = doc.layout().periods();
    int[] widths = new int[FIRST_VALUE + periods.size()];
    widths[0] = SECTION_WIDTH;
    widths[1] = GROUP_WIDTH;
    widths[2] = LABEL_WIDTH;
    List<String> header = new ArrayList<>(List.of("栏目", "分项", "指标"));
    for (int i = 0; i < periods.size(); i++) {
      widths[FIRST_VALUE + i] = PERIOD_WIDTH;
      header.add(periods.get(i).title());
    }
    XWPFTable t = DocxCells.table(d, widths, header.toArray(String[]::new));
    for (Section s : doc.sections()) {
      if (!s.official()) {
        continue;
      }
      List<List<Row>> rows = byFormRow(s);
      String lastGroup = null;
      for (int i = 0; i < rows.size(); i++) {
        List<Row> cells = rows.get(i);
        FormRow form = cells.get(0).form();
        boolean newGroup = !form.group().equals(lastGroup);
        String[] text = new String[widths.length];
        text[0] = i == 0 ? s.title() : "";
        text[1] = newGroup ? form.group() : "";
        text[2] = form.labelWithUnit();
        for (int c = FIRST_VALUE; c < text.length; c++) {
          text[c] = "";
        }
        boolean whole = cells.size() == 1 && cells.get(0).period().isEmpty();
        for (Row r : cells) {
          text[FIRST_VALUE + (whole ? 0 : column(periods, r.period()))] = ValueText.formText(r);
        }
        XWPFTableRow tr = DocxCells.row(t, text);
        DocxCells.mergeDown(tr.getCell(0), i == 0);
        if (!form.group().isEmpty()) {
          DocxCells.mergeDown(tr.getCell(1), newGroup);
        }
        if (whole) {
          span(tr, periods.size());
          shade(tr.getCell(FIRST_VALUE), cells.get(0));
        } else {
          for (Row r : cells) {
            shade(tr.getCell(FIRST_VALUE + column(periods, r.period())), r);
          }
        }
        lastGroup = form.group();
      }
    }
    return t;
  }

  /** The section's official rows, one list per form row: its period cells in order, or its one value. */
  private static List<List<Row>> byFormRow(Section s) {
    Map<String, List<Row>> out = new LinkedHashMap<>();
    for (Row r : s.rows()) {
      if (r.official()) {
        out.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
      }
    }
    return new ArrayList<>(out.values());
  }

  private static int column(List<Period> periods, String period) {
    for (int i = 0; i < periods.size(); i++) {
      if (periods.get(i).key().equals(period)) {
        return i;
      }
    }
    throw new IllegalStateException("period " + period + " is not a column of the form");
  }

  /** Makes the first value cell of {@code tr} span all {@code n} value columns. */
  private static void span(XWPFTableRow tr, int n) {
    XWPFTableCell first = tr.getCell(FIRST_VALUE);
    CTTcPr pr = first.getCTTc().isSetTcPr() ? first.getCTTc().getTcPr() : first.getCTTc().addNewTcPr();
    (pr.isSetGridSpan() ? pr.getGridSpan() : pr.addNewGridSpan()).setVal(BigInteger.valueOf(n));
    first.setWidth(String.valueOf(PERIOD_WIDTH * n));
    for (int c = FIRST_VALUE + n - 1; c > FIRST_VALUE; c--) {
      tr.removeCell(c);
    }
  }

  private static void shade(XWPFTableCell c, Row r) {
    if (r.blank()) {
      DocxCells.markBlank(c);
    }
  }
}
