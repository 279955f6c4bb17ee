package io.github.govaudit.cli;

import io.github.govaudit.inspect.Inspection;
import io.github.govaudit.inspect.LinkSummary;
import io.github.govaudit.render.Terminal;
import java.io.PrintWriter;
import java.util.Map;

/** Prints an inspection on the terminal: the verdict, then one line per check. */
final class InspectionLines {

  private final PrintWriter out;

  InspectionLines(PrintWriter out) {
    this.out = out;
  }

  void print(Inspection i) {
    var v = i.verdict();
    out.printf("inspection of %s on %s (%s): %s, score %.1f (pass mark %.0f)%s%n", Terminal.clean(i.site().home()),
        i.date(), i.ruleset().id(), v.result().key().toUpperCase(java.util.Locale.ROOT), v.score(), v.passMark(),
        v.failedVetoes().isEmpty() ? "" : "; failed vetoes: " + String.join(", ", v.failedVetoes()));
    for (Map.Entry<String, Inspection.CheckSummary> c : i.checks().entrySet()) {
      Inspection.CheckSummary s = c.getValue();
      out.printf("  %-17s %-11s %-14s fail %d, unverified %d, not applicable %d%n", c.getKey(), s.severity().key(),
          s.result(), s.fail(), s.unverified(), s.notApplicable());
    }
    LinkSummary l = i.links();
    out.printf("links: %d targets, %d checked now (%.1f/s), %d from the crawl; ok %d, redirect %d, broken %d, unverified %d, skipped %d%n",
        l.targets(), l.checkedLive(), l.perSecond(), l.fromCrawl(), l.ok(), l.redirect(), l.broken(), l.unverified(), l.skipped());
    if (!i.fixed().isEmpty()) {
      out.printf("fixed since the previous inspection: %d%n", i.fixed().size());
    }
  }
}
