package io.github.govaudit.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.github.govaudit.supervise.SiteRow;
import io.github.govaudit.supervise.SiteTable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The per-site table of {@code supervise --sites} as one self-contained, escaped HTML page (no script). */
public final class SiteTableHtml {

  private final Mustache template =
      new DefaultMustacheFactory("io/github/govaudit/render").compile("site-table.html.mustache");

  record Row(String result, List<String> cells) {}

  record View(String title, List<String> header, List<Row> rows) {}

  /** Writes {@code rows}, most severe first as given. */
  public void write(String title, List<SiteRow> rows, Writer out) throws IOException {
    template.execute(out, new View(title, SiteTable.header(),
        rows.stream().map(r -> new Row(r.result(), SiteTable.cells(r))).toList()));
    out.flush();
  }
}
