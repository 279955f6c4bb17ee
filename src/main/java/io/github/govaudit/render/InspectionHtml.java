package io.github.govaudit.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.github.govaudit.inspect.Finding;
import io.github.govaudit.inspect.Fixed;
import io.github.govaudit.inspect.Inspection;
import io.github.govaudit.inspect.LinkSummary;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code inspection-DATE.html}: one inspection as a self-contained page (inline CSS, no script), from
 * a Mustache template that escapes everything it is given, so crawled text and URLs show as text.
 */
public final class InspectionHtml {

  private static final String TEMPLATES = "io/github/govaudit/render";
  private static final String TEMPLATE = "inspection.html.mustache";

  private final Mustache template = new DefaultMustacheFactory(TEMPLATES).compile(TEMPLATE);

  /** Writes the page of {@code inspection}. */
  public void write(Inspection inspection, Writer out) throws IOException {
    template.execute(out, View.of(inspection));
    out.flush();
  }

  /** A text, linked only when it is a web address. */
  record Link(String text, String href) {
    static Link of(String url) {
      String u = url == null ? "" : url;
      return new Link(u, u.startsWith("http://") || u.startsWith("https://") ? u : null);
    }
  }

  record CheckRow(String check, String severity, String result, int fail, int unverified, int notApplicable) {}

  record EvidenceRow(Link url, String text) {}

  record FindingRow(String check, String severity, String verdict, Link url, String detail, String measured,
      String threshold, String rule, String fix, List<EvidenceRow> evidence, int evidenceCount, boolean hasEvidence) {}

  record DeductionRow(String check, int findings, double points, double cap) {}

  record FixedRow(String check, Link url, String detail, String foundOn, String fixedOn) {}

  record RedirectRow(Link url, String chain) {}

  /** What the template reads. */
  record View(String title, String site, Link home, String date, String ruleset, String rulesetSource, String result,
      String vetoes, double score, double passMark, double deductions, List<DeductionRow> deductionRows,
      List<CheckRow> checks, List<FindingRow> findings, List<FixedRow> fixed, LinkSummary links,
      List<RedirectRow> redirects, String generatedAt, String toolVersion) {

    public boolean hasDeductions() {
      return !deductionRows.isEmpty();
    }

    public boolean hasFixed() {
      return !fixed.isEmpty();
    }

    public boolean hasRedirects() {
      return !redirects.isEmpty();
    }

    static View of(Inspection i) {
      var v = i.verdict();
      String name = i.site().name() == null || i.site().name().isBlank() ? i.site().home() : i.site().name();
      return new View(name + " 网站检查（" + i.date() + "）", name, Link.of(i.site().home()), i.date(), i.ruleset().id(),
          i.ruleset().source(), v.result().key(), String.join(", ", v.failedVetoes()), v.score(), v.passMark(),
          v.deductions(),
          v.deductionItems().stream().map(d -> new DeductionRow(d.check(), d.findings(), d.points(), d.cap())).toList(),
          i.checks().entrySet().stream().map(e -> new CheckRow(e.getKey(), e.getValue().severity().key(),
              e.getValue().result(), e.getValue().fail(), e.getValue().unverified(), e.getValue().notApplicable())).toList(),
          i.findings().stream().map(View::finding).toList(),
          i.fixed().stream().map(View::fixed).toList(), i.links(),
          i.links().redirects().stream().map(r -> new RedirectRow(Link.of(r.url()), String.join(" → ", r.chain()))).toList(),
          i.generatedAt(), i.toolVersion());
    }

    private static FindingRow finding(Finding f) {
      return new FindingRow(f.check(), f.severity().key(), f.verdict().key(), Link.of(f.url()), f.detail(), f.measured(),
          f.threshold(), f.rule(), f.fix(), f.evidence().stream().map(e -> new EvidenceRow(Link.of(e.url()), e.text())).toList(),
          f.evidence().size(), !f.evidence().isEmpty());
    }

    private static FixedRow fixed(Fixed f) {
      return new FixedRow(f.check(), Link.of(f.url()), f.detail(), f.foundOn(), f.fixedOn());
    }
  }
}
