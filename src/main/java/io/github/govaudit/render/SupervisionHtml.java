package io.github.govaudit.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.github.govaudit.render.ReportDocument.Row;
import io.github.govaudit.render.ReportDocument.Section;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code supervision-report-Y.html}: the supervision report in the form's order as one self-contained,
 * escaped page (no script) — each field with its official label, period, value, source, note and the
 * inspections behind it — then the fields still to fill, with their path in the overrides file.
 */
public final class SupervisionHtml {

  private final Mustache template =
      new DefaultMustacheFactory("io/github/govaudit/render").compile("supervision-report.html.mustache");

  record RowView(String id, String block, String label, String period, String path, String value, boolean blank,
      String source, String sourceLabel, String note, List<String> evidence) {
    public boolean hasEvidence() {
      return !evidence.isEmpty();
    }

    public int evidenceCount() {
      return evidence.size();
    }
  }

  record ToFillView(String label, String field, String from, String fromLabel, String how) {}

  record View(String title, String generatedAt, String toolVersion, List<RowView> rows, List<ToFillView> toFill,
      boolean hasToFill) {}

  /** Writes the page of {@code doc}, a supervision report's document. */
  public void write(ReportDocument doc, Writer out) throws IOException {
    List<RowView> rows = new ArrayList<>();
    for (Section s : doc.sections()) {
      for (Row r : s.rows()) {
        String period = doc.layout().period(r.period()).map(FormLayout.Period::title).orElse(r.period());
        rows.add(new RowView("f-" + r.path().replace('.', '-'), s.title(), r.form().fullLabel(), period, r.path(),
            ValueText.formText(r),
            r.blank(), r.source().isEmpty() ? "none" : r.source(), ValueText.source(r.source()), r.note(), r.evidence()));
      }
    }
    List<ToFillView> toFill = doc.toFill().stream()
        .map(t -> new ToFillView(t.label(), t.field(), t.from(), ValueText.fillFrom(t.from()), t.how())).toList();
    template.execute(out, new View(doc.layout().title() + "（" + doc.year() + "年度）草稿", doc.generatedAt(),
        doc.toolVersion(), rows, toFill, !toFill.isEmpty()));
    out.flush();
  }
}
