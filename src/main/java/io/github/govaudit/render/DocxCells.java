package io.github.govaudit.render;

import java.math.BigInteger;
import java.util.Arrays;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/** Writing text into a DOCX: paragraphs and table cells in the form's font, blank cells marked for the person. */
final class DocxCells {

  /** The form's typeface (宋体); Word and LibreOffice substitute a Song face where it is missing. */
  static final String FONT = "SimSun";
  /** The light fill of a cell left for the person to fill. */
  static final String BLANK_FILL = "FFF2CC";
  /** The fill of header cells. */
  static final String HEADER_FILL = "EDEAE3";
  private static final int BODY_HALF_POINTS = 10;

  private DocxCells() {}

  /** A paragraph of {@code text} at {@code points}, bold or not, with the given alignment. */
  static XWPFParagraph paragraph(XWPFDocument doc, String text, int points, boolean bold, ParagraphAlignment align) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(align);
    run(p, text, points, bold, null);
    return p;
  }

  /** Appends a run of {@code text} to {@code p}; {@code color} as RRGGBB or null. */
  static XWPFRun run(XWPFParagraph p, String text, int points, boolean bold, String color) {
    XWPFRun r = p.createRun();
    r.setFontFamily(FONT);
    r.setFontFamily(FONT, XWPFRun.FontCharRange.eastAsia);
    r.setFontSize(points);
    r.setBold(bold);
    if (color != null) {
      r.setColor(color);
    }
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        r.addBreak();
      }
      r.setText(lines[i], i);
    }
    return r;
  }

  /**
   * A table of {@code widths.length} columns (widths in twentieths of a point), laid out fixed so
   * that Word and LibreOffice keep the widths, with a bold header row repeated on every page.
   */
  static XWPFTable table(XWPFDocument doc, int[] widths, String... header) {
    XWPFTable t = doc.createTable(1, widths.length);
    t.setWidth(String.valueOf(Arrays.stream(widths).sum()));
    CTTblPr pr = t.getCTTbl().getTblPr() != null ? t.getCTTbl().getTblPr() : t.getCTTbl().addNewTblPr();
    (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
    CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    XWPFTableRow h = t.getRow(0);
    h.setRepeatHeader(true);
    for (int i = 0; i < widths.length; i++) {
      XWPFTableCell c = h.getCell(i);
      c.setWidth(String.valueOf(widths[i]));
      set(c, header[i], true, null);
      c.setColor(HEADER_FILL);
    }
    return t;
  }

  /** A new row of {@code t} with {@code cells} filled in. */
  static XWPFTableRow row(XWPFTable t, String... cells) {
    XWPFTableRow r = t.createRow();
    for (int i = 0; i < cells.length; i++) {
      r.getCell(i).setWidth(String.valueOf(t.getRow(0).getCell(i).getWidth()));
      set(r.getCell(i), cells[i], false, null);
    }
    return r;
  }

  /** Replaces the text of {@code c}. */
  static void set(XWPFTableCell c, String text, boolean bold, String color) {
    XWPFParagraph p = c.getParagraphs().get(0);
    while (!p.getRuns().isEmpty()) {
      p.removeRun(0);
    }
    run(p, text == null ? "" : text, BODY_HALF_POINTS, bold, color);
  }

  /** Marks {@code c} as left for the person: a light fill. */
  static void markBlank(XWPFTableCell c) {
    c.setColor(BLANK_FILL);
  }

  /** Merges {@code c} with the cell above it ({@code first}: starts a merged run). */
  static void mergeDown(XWPFTableCell c, boolean first) {
    CTTcPr pr = c.getCTTc().isSetTcPr() ? c.getCTTc().getTcPr() : c.getCTTc().addNewTcPr();
    pr.addNewVMerge().setVal(first ? STMerge.RESTART : STMerge.CONTINUE);
  }
}
