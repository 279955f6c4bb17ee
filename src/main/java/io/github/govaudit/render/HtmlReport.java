package io.github.govaudit.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code work-report-Y.html}: the draft as one self-contained page (inline CSS and SVG charts, no
 * script), every value with its source, note and evidence links, made from a Mustache template that
 * escapes everything it is given, so crawled markup shows as text.
 */
public final class HtmlReport {

  private static final String TEMPLATES = "io/github/govaudit/render";
  private static final String TEMPLATE = "work-report.html.mustache";

  private final Mustache template = new DefaultMustacheFactory(TEMPLATES).compile(TEMPLATE);

  /** Writes the page of {@code doc}, with the charts {@code charts} has data for. */
  public void write(ReportDocument doc, ReportCharts charts, Writer out) throws IOException {
    template.execute(out, HtmlView.of(doc, charts));
    out.flush();
  }
}
