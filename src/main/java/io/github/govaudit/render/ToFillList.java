package io.github.govaudit.render;

import io.github.govaudit.count.FillFrom;
import io.github.govaudit.count.ToFill;
import io.github.govaudit.count.WorkReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The clerk's view on the terminal: every field still empty, where its value comes from, and how.
 * Fields that differ only in their period ({@code sections.training.q1.sessions_held} …) and share
 * their source and reason are one line: {@code sections.training.{q1,q2,q3,q4,year}.sessions_held}.
 */
public final class ToFillList {

  /** Prints the work report's fields still empty; {@code overridesFile} is where a person enters them. */
  public void print(WorkReport report, String overridesFile, PrintWriter out) {
    print(report.toFill(), overridesFile, out);
  }

  /** Prints {@code rows}, the fields still empty; {@code overridesFile} is where a person enters them. */
  public void print(List<ToFill> rows, String overridesFile, PrintWriter out) {
    if (rows.isEmpty()) {
      out.println("every field is filled");
      return;
    }
    out.printf("%d fields still empty; enter each under its path in %s"
        + " (from: site = the crawl did not find it, look on the site; overrides = the office's records;"
        + " person = needs a person's judgement)%n", rows.size(), Terminal.clean(overridesFile));
    for (FillFrom from : FillFrom.values()) {
      for (Map.Entry<String, List<String>> line : collapsed(rows, from).entrySet()) {
        String[] at = line.getKey().split("\n", 2);
        out.printf("  %-10s %-44s %s%n", from.key(), path(at[0], line.getValue()), Terminal.clean(at[1]));
      }
    }
  }

  /** Per "path with the period left out \n how": the periods, in order (empty for a field without one). */
  private static Map<String, List<String>> collapsed(List<ToFill> rows, FillFrom from) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (ToFill t : rows) {
      if (t.from() != from) {
        continue;
      }
      String[] p = t.field().split("\\.");
      boolean period = p.length == 4;
      String key = (period ? p[0] + "." + p[1] + ".*." + p[3] : t.field()) + "\n" + t.how();
      List<String> periods = out.computeIfAbsent(key, k -> new ArrayList<>());
      if (period) {
        periods.add(p[2]);
      }
    }
    return out;
  }

  private static String path(String pattern, List<String> periods) {
    if (periods.isEmpty()) {
      return pattern;
    }
    return pattern.replace(".*.", "." + (periods.size() == 1 ? periods.get(0) : "{" + String.join(",", periods) + "}") + ".");
  }
}
