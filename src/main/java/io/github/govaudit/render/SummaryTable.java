package io.github.govaudit.render;

import io.github.govaudit.count.Field;
import io.github.govaudit.count.WorkReport;
import java.io.PrintWriter;
import java.util.Map;

/** A short table of the filled fields for the terminal: section, field, value, source. */
public final class SummaryTable {

  /** Prints the fields that have a value, then how many are left for a person. */
  public void print(WorkReport report, PrintWriter out) {
    int missing = 0;
    out.printf("%-16s %-20s %-32s %s%n", "section", "field", "value", "source");
    for (Map.Entry<String, Map<String, Field>> s : report.sections().entrySet()) {
      for (Map.Entry<String, Field> f : s.getValue().entrySet()) {
        Field v = f.getValue();
        if (v.source() == Field.Source.MISSING) {
          missing++;
          continue;
        }
        out.printf("%-16s %-20s %-32s %s%n", s.getKey(), f.getKey(), Terminal.clean(String.valueOf(v.value())), v.source().key());
      }
    }
    out.printf("%d fields left for a person to fill; %d undated items listed for review%n",
        missing, report.undated().size());
  }
}
