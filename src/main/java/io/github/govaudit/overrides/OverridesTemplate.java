package io.github.govaudit.overrides;

import io.github.govaudit.count.ToFill;
import io.github.govaudit.count.WorkReport;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A starter overrides file: every field of a report still empty, under its section (and period, for
 * the supervision report's per-period fields), with a comment saying where its value comes from and
 * why it is empty; every value left blank, so the file as written changes nothing until a person
 * fills it.
 */
public final class OverridesTemplate {

  private static final String INDENT = "  ";

  /** Writes the starter of {@code report}'s empty fields. */
  public void write(WorkReport report, Writer out) throws IOException {
    write("govaudit overrides for " + report.year() + " (" + oneLine(report.site().name()) + ")",
        "govaudit report reads reports/overrides-" + report.year() + ".yaml, or the file given with --overrides",
        report.toFill(), out);
  }

  /**
   * Writes a starter listing {@code toFill}.
   *
   * @param title the first comment line
   * @param readBy which command reads the file, and from where
   */
  public void write(String title, String readBy, List<ToFill> toFill, Writer out) throws IOException {
    out.write("# " + oneLine(title) + ".\n");
    out.write("# Fill a value after the colon, or write {value: V, note: TEXT}; a field left empty is skipped.\n");
    out.write("# " + oneLine(readBy) + ", and shows each value with source manual.\n");
    out.write("sections:\n");
    List<String> open = List.of();
    for (ToFill t : toFill) {
      List<String> path = List.of(t.field().split("\\."));
      List<String> groups = path.subList(1, path.size() - 1);
      int same = 0;
      while (same < groups.size() && same < open.size() && groups.get(same).equals(open.get(same))) {
        same++;
      }
      for (int i = same; i < groups.size(); i++) {
        out.write(INDENT.repeat(i + 1) + groups.get(i) + ":\n");
      }
      open = groups;
      String indent = INDENT.repeat(groups.size() + 1);
      out.write(indent + "# from " + t.from().key() + ": " + oneLine(t.how()) + "\n");
      out.write(indent + path.get(path.size() - 1) + ":\n");
    }
    out.flush();
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("[\\r\\n\\p{Cc}]+", " ").strip();
  }
}
