package io.github.govaudit.render;

import io.github.govaudit.render.Flattened.Part;
import io.github.govaudit.render.ReportDocument.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the HTML template reads: the document's text, already cut into rows and links; the template escapes it. */
record HtmlView(String title, int year, String siteName, Link home, String generatedAt, String toolVersion,
    int filled, int blank, List<SectionView> sections, List<SvgCharts.Chart> charts, List<BlockView> blocks,
    List<ToFillView> toFill, boolean hasToFill) {

  /** Evidence links listed per field; the JSON and CSV files hold them all. */
  static final int MAX_EVIDENCE_LINKS = 2000;

  private static final Map<String, String> BLOCK_TITLES = Map.of(
      "crawl", "抓取情况", "marks", "标识检查", "undated", "无发布日期的条目（未计入）",
      "external_entries", "外链条目（未计入）", "unreadable_pages", "无法解析的页面（未计入）");

  static HtmlView of(ReportDocument doc, ReportCharts charts) {
    List<SectionView> sections = new ArrayList<>();
    int filled = 0;
    int blank = 0;
    for (ReportDocument.Section s : doc.sections()) {
      List<RowView> rows = new ArrayList<>();
      for (Row r : s.rows()) {
        rows.add(row(r));
        if (r.blank()) {
          blank++;
        } else {
          filled++;
        }
      }
      sections.add(new SectionView("s-" + s.key(), s.title(), s.key(), !s.official(), rows));
    }
    List<BlockView> blocks = new ArrayList<>();
    for (ReportDocument.Block b : doc.blocks()) {
      List<EntryView> entries = Flattened.of(b.node()).entries().stream()
          .map(e -> new EntryView(e.path(), e.parts().stream().map(HtmlView::link).toList())).toList();
      blocks.add(new BlockView("b-" + b.key(), BLOCK_TITLES.getOrDefault(b.key(), b.key()), b.key(), entries));
    }
    String name = doc.siteName().isEmpty() ? doc.home() : doc.siteName();
    return new HtmlView(name + " 政府网站工作年度报表（" + doc.year() + "年度）草稿", doc.year(), name,
        link(Part.of(doc.home())), doc.generatedAt(), doc.toolVersion(), filled, blank, sections,
        SvgCharts.of(charts, doc.year()), blocks, toFill(doc), !doc.toFill().isEmpty());
  }

  private static List<ToFillView> toFill(ReportDocument doc) {
    return doc.toFill().stream().map(t -> new ToFillView("f-" + t.section() + "-" + t.key(), t.label(), t.field(),
        t.from(), ValueText.fillFrom(t.from()), t.how())).toList();
  }

  private static RowView row(Row r) {
    List<Link> ev = r.evidence().stream().limit(MAX_EVIDENCE_LINKS).map(u -> link(Part.of(u))).toList();
    int more = r.evidence().size() - ev.size();
    String value = ValueText.formText(r);
    return new RowView("f-" + r.section() + "-" + r.key(), r.form().fullLabel(), r.key(), r.form().unit(), value,
        r.blank(), r.source().isEmpty() ? "none" : r.source(), ValueText.source(r.source()), r.note(),
        r.evidence().size(), !ev.isEmpty(), ev, more > 0 ? "… " + more + " more in the JSON and CSV files" : "", !r.official());
  }

  private static Link link(Part p) {
    return new Link(p.text(), p.href());
  }

  /** A text, linked when it has a web address. */
  record Link(String text, String href) {}

  /** A section of the form (or of the report, when {@code extra}). */
  record SectionView(String id, String title, String key, boolean extra, List<RowView> rows) {}

  /** A row with its value, source, note and evidence. */
  record RowView(String id, String label, String key, String unit, String value, boolean blank, String source,
      String sourceLabel, String note, int evidenceCount, boolean hasEvidence, List<Link> evidence, String evidenceMore, boolean extra) {}

  /** A field still empty: the row it links to, its path in the overrides file, where it comes from and how. */
  record ToFillView(String rowId, String label, String field, String from, String fromLabel, String how) {}

  /** A top-level block of the report laid flat. */
  record BlockView(String id, String title, String key, List<EntryView> entries) {}

  /** One entry of a block. */
  record EntryView(String path, List<Link> parts) {}
}
