package io.github.govaudit.render;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The files {@code report} can write: the JSON report, the evidence CSV, the HTML page, the DOCX form. */
public enum ReportFormat {
  JSON, CSV, HTML, DOCX;

  /** What {@code report} writes when no format is asked for. */
  public static final String DEFAULT = "json,html,docx";

  /**
   * The formats of a comma-separated list ({@code json,html,docx}), in any case; the evidence CSV
   * goes with the JSON report, as it always has.
   *
   * @throws IllegalArgumentException naming the unknown format, or when the list is empty
   */
  public static Set<ReportFormat> parse(String list) {
    Set<ReportFormat> out = EnumSet.noneOf(ReportFormat.class);
    for (String s : list.split(",")) {
      String name = s.trim().toUpperCase(Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      try {
        out.add(valueOf(name));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown format '" + s.trim() + "': use json, csv, html or docx", e);
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no format given: use json, csv, html or docx");
    }
    if (out.contains(JSON)) {
      out.add(CSV);
    }
    return out;
  }

  /** The lower-case name used on the command line and as the file extension. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
