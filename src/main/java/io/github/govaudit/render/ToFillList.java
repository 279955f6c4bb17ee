package io.github.govaudit.render;

import io.github.govaudit.count.FillFrom;
import io.github.govaudit.count.ToFill;
import io.github.govaudit.count.WorkReport;
import java.io.PrintWriter;
import java.util.List;

/** The clerk's view on the terminal: every field still empty, where its value comes from, and how. */
public final class ToFillList {

  /** Prints the fields still empty; {@code overridesFile} is where a person enters them. */
  public void print(WorkReport report, String overridesFile, PrintWriter out) {
    List<ToFill> rows = report.toFill();
    if (rows.isEmpty()) {
      out.println("every field is filled");
      return;
    }
    out.printf("%d fields still empty; enter each under its path in %s"
        + " (from: site = the crawl did not find it, look on the site; overrides = the office's records;"
        + " person = needs a person's judgement)%n", rows.size(), Terminal.clean(overridesFile));
    for (FillFrom from : FillFrom.values()) {
      for (ToFill t : rows) {
        if (t.from() == from) {
          out.printf("  %-10s %-44s %s%n", from.key(), t.field(), Terminal.clean(t.how()));
        }
      }
    }
  }
}
