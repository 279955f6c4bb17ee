package io.github.govaudit.supervise;

import io.github.govaudit.count.Field;
import io.github.govaudit.profile.UserAgent;
import io.github.govaudit.supervise.ManualFields.Manual;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Drafts the 政府网站监管年度报表 of a year from the sites' inspections: the 网站普查 and 安全检查 blocks
 * per quarter ({@code q1} … {@code q4}) and for the {@code year}, counted by {@link InspectionCounts};
 * a site fails a quarter when an inspection of it in the quarter failed (a single veto, or a score
 * below the pass mark) and is rectified when a later inspection of the year passes. Every other block
 * of the form is present with its fields missing, for a person to fill through the overrides file.
 */
public final class SupervisionBuilder {

  /** The period keys of the form's value columns, in its order. */
  public static final List<String> PERIODS = List.of("q1", "q2", "q3", "q4", "year");

  /**
   * The report of {@code year} over {@code sites}: each site's data directory and its inspections of
   * the year.
   */
  public SupervisionReport build(int year, Map<Path, List<SiteInspection>> sites) {
    Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
    Map<String, Object> inspection = new LinkedHashMap<>();
    Map<String, Object> security = new LinkedHashMap<>();
    for (String p : PERIODS) {
      InspectionCounts counts = new InspectionCounts(sites, in(p), label(year, p));
      Map<String, Object> fields = new LinkedHashMap<>(counts.inspection());
      ManualFields.ACCOUNTABILITY.forEach(m -> fields.put(m.key(), missing(m)));
      inspection.put(p, fields);
      security.put(p, new LinkedHashMap<>(counts.security()));
    }
    ManualFields.INSPECTION_WHOLE.forEach(m -> inspection.put(m.key(), missing(m)));
    sections.put("inspection", inspection);
    sections.put("security_checks", security);
    ManualFields.PER_PERIOD.forEach((block, manual) -> {
      Map<String, Object> periods = new LinkedHashMap<>();
      for (String p : PERIODS) {
        Map<String, Object> fields = new LinkedHashMap<>();
        manual.forEach(m -> fields.put(m.key(), missing(m)));
        periods.put(p, fields);
      }
      sections.put(block, periods);
    });
    ManualFields.WHOLE.forEach((block, manual) -> {
      Map<String, Object> fields = new LinkedHashMap<>();
      manual.forEach(m -> fields.put(m.key(), missing(m)));
      sections.put(block, fields);
    });
    List<SupervisionReport.SiteRow> rows = new ArrayList<>();
    sites.forEach((dir, list) -> rows.add(new SupervisionReport.SiteRow(dir.toString(),
        list.isEmpty() ? dir.getFileName().toString() : list.get(list.size() - 1).name(),
        list.stream().map(i -> i.date().toString()).toList())));
    return new SupervisionReport("supervision", year, Instant.now().toString(), UserAgent.VERSION, rows, sections);
  }

  private static Field missing(Manual m) {
    return Field.missing(ManualFields.NOT_MEASURED + m.how());
  }

  private static Predicate<SiteInspection> in(String period) {
    if (period.equals("year")) {
      return i -> true;
    }
    int quarter = Integer.parseInt(period.substring(1));
    return i -> i.quarter() == quarter;
  }

  private static String label(int year, String period) {
    return period.equals("year") ? Integer.toString(year) : year + " " + period.toUpperCase(Locale.ROOT);
  }
}
