package io.github.govaudit.overrides;

import io.github.govaudit.count.ToFill;
import io.github.govaudit.count.WorkReport;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A starter overrides file: every field of a report still empty, under its section, with a comment
 * saying where its value comes from and why it is empty; every value left blank, so the file as
 * written changes nothing until a person fills it.
 */
public final class OverridesTemplate {

  /** Writes the starter of {@code report}'s empty fields. */
  public void write(WorkReport report, Writer out) throws IOException {
    out.write("# govaudit overrides for " + report.year() + " (" + oneLine(report.site().name()) + ").\n");
    out.write("# Fill a value after the colon, or write {value: V, note: TEXT}; a field left empty is skipped.\n");
    out.write("# govaudit report reads reports/overrides-" + report.year() + ".yaml, or the file given with"
        + " --overrides, and shows each value with source manual.\n");
    out.write("sections:\n");
    String section = "";
    for (ToFill t : report.toFill()) {
      List<String> path = List.of(t.field().split("\\.", 3));
      if (!path.get(1).equals(section)) {
        section = path.get(1);
        out.write("  " + section + ":\n");
      }
      out.write("    # from " + t.from().key() + ": " + oneLine(t.how()) + "\n");
      out.write("    " + path.get(2) + ":\n");
    }
    out.flush();
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("[\\r\\n\\p{Cc}]+", " ").strip();
  }
}
