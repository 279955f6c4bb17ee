package io.github.govaudit.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Writes a report document as DOCX and reads it back with POI, as a clerk's Word would open it. */
final class DocxReading {

  private DocxReading() {}

  static XWPFDocument reread(ReportDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxReport().write(doc, out);
    return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
  }

  /** The text of each cell, row by row. */
  static List<List<String>> rows(XWPFTable t) {
    List<List<String>> rows = new ArrayList<>();
    for (XWPFTableRow r : t.getRows()) {
      rows.add(r.getTableCells().stream().map(XWPFTableCell::getText).toList());
    }
    return rows;
  }
}
