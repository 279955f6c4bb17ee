package io.github.govaudit.supervise;

import io.github.govaudit.inspect.InspectionChecks;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** Writes the per-site table of {@code supervise --sites} as CSV (UTF-8 with BOM, for spreadsheets). */
public final class SiteTable {

  /** The table's columns: site, verdict, then failed findings per check. */
  public static List<String> header() {
    List<String> h = new ArrayList<>(List.of("name", "home", "result", "score", "failed_vetoes"));
    h.addAll(InspectionChecks.IDS);
    h.add("inspection");
    return h;
  }

  /** One row's cells, in {@link #header()}'s order. */
  public static List<String> cells(SiteRow r) {
    List<String> c = new ArrayList<>(List.of(r.name(), r.home(), r.result(), r.score() == null ? "" : r.score().toString(),
        String.join(" ", r.failedVetoes())));
    for (String check : InspectionChecks.IDS) {
      c.add(r.result().equals("error") ? "" : Integer.toString(r.failures().getOrDefault(check, 0)));
    }
    c.add(r.inspection());
    return c;
  }

  public void writeCsv(List<SiteRow> rows, Writer out) throws IOException {
    out.write('\uFEFF');
    out.write(line(header()));
    for (SiteRow r : rows) {
      out.write(line(cells(r)));
    }
    out.flush();
  }

  private static String line(List<String> cells) {
    return String.join(",", cells.stream().map(SiteTable::quoted).toList()) + "\r\n";
  }

  private static String quoted(String s) {
    String v = s == null ? "" : s;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v; // a cell a spreadsheet would run as a formula
    }
    return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }
}
