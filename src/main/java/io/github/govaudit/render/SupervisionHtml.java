package io.github.govaudit.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.github.govaudit.count.Field;
import io.github.govaudit.supervise.SupervisionReport;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code supervision-report-Y.html}: the supervision report's blocks as one self-contained, escaped
 * page (no script), each field with its value, source, note and the inspections behind it.
 */
public final class SupervisionHtml {

  private final Mustache template =
      new DefaultMustacheFactory("io/github/govaudit/render").compile("supervision-report.html.mustache");

  record Row(String block, String field, String value, String source, String note, List<String> evidence) {
    public boolean hasEvidence() {
      return !evidence.isEmpty();
    }
  }

  record View(String title, String generatedAt, String toolVersion, List<Row> rows) {}

  /** Writes the page of {@code report}. */
  public void write(SupervisionReport report, Writer out) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, Map<String, Object>> s : report.sections().entrySet()) {
      add(rows, s.getKey(), s.getValue());
    }
    template.execute(out, new View("政府网站监管年度报表（" + report.year() + "年度）草稿", report.generatedAt(),
        report.toolVersion(), rows));
    out.flush();
  }

  @SuppressWarnings("unchecked")
  private static void add(List<Row> rows, String block, Map<String, Object> fields) {
    for (Map.Entry<String, Object> f : fields.entrySet()) {
      if (f.getValue() instanceof Field v) {
        rows.add(new Row(block, f.getKey(), v.value() == null ? "（待填）" : String.valueOf(v.value()), v.source().key(),
            v.note(), v.evidence()));
      } else if (f.getValue() instanceof Map<?, ?> nested) {
        add(rows, block + "." + f.getKey(), (Map<String, Object>) nested);
      }
    }
  }
}
