package io.github.govaudit.supervise;

import io.github.govaudit.count.Field;
import io.github.govaudit.profile.UserAgent;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Counts the 网站普查 and 安全检查 blocks of a year from the sites' inspections. A site fails a quarter
 * when its last inspection of the quarter failed (a single veto, or a score below the pass mark); it is
 * rectified when a later inspection of the year passes. Blocks no inspection measures are present and
 * marked missing.
 */
public final class SupervisionBuilder {

  /** Blocks of the form this version does not measure, with the fields a person fills. */
  static final Map<String, List<String>> MANUAL_BLOCKS = orderedBlocks();

  private static Map<String, List<String>> orderedBlocks() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("message_handling", List.of("messages_received", "messages_answered", "average_days"));
    m.put("content_assurance", List.of("problems_found", "problems_rectified"));
    m.put("counterfeit_sites", List.of("found", "handled"));
    m.put("training", List.of("sessions", "people_trained"));
    m.put("accountability", List.of("cases", "people_held_accountable"));
    return m;
  }

  /**
   * The report of {@code year} over {@code sites}: each site's data directory and its inspections of
   * the year.
   */
  public SupervisionReport build(int year, Map<Path, List<SiteInspection>> sites) {
    Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
    Map<String, Object> inspection = new LinkedHashMap<>();
    for (int q = 1; q <= 4; q++) {
      int quarter = q;
      inspection.put("q" + q, period(sites, i -> i.quarter() == quarter, year + " Q" + q));
    }
    inspection.put("year", period(sites, i -> true, Integer.toString(year)));
    sections.put("inspection", inspection);
    sections.put("security_checks", new LinkedHashMap<>(security(sites)));
    for (Map.Entry<String, List<String>> b : MANUAL_BLOCKS.entrySet()) {
      Map<String, Object> fields = new LinkedHashMap<>();
      b.getValue().forEach(f -> fields.put(f, Field.missing("not measured by inspections; to be filled by a person")));
      sections.put(b.getKey(), fields);
    }
    List<SupervisionReport.SiteRow> rows = new ArrayList<>();
    sites.forEach((dir, list) -> rows.add(new SupervisionReport.SiteRow(dir.toString(),
        list.isEmpty() ? dir.getFileName().toString() : list.get(list.size() - 1).name(),
        list.stream().map(i -> i.date().toString()).toList())));
    return new SupervisionReport("supervision", year, Instant.now().toString(), UserAgent.VERSION, rows, sections);
  }

  private static Map<String, Field> period(Map<Path, List<SiteInspection>> sites, Predicate<SiteInspection> in, String label) {
    List<String> inspected = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    List<String> serious = new ArrayList<>();
    List<String> rectified = new ArrayList<>();
    for (List<SiteInspection> list : sites.values()) {
      List<SiteInspection> period = list.stream().filter(in).toList();
      if (period.isEmpty()) {
        continue;
      }
      SiteInspection last = period.get(period.size() - 1);
      inspected.add(last.file().toString());
      Optional<SiteInspection> firstFail = period.stream().filter(SiteInspection::failed).findFirst();
      if (firstFail.isPresent()) {
        failed.add(firstFail.get().file().toString());
        if (period.stream().anyMatch(SiteInspection::serious)) {
          serious.add(firstFail.get().file().toString());
        }
        list.stream().filter(i -> i.date().isAfter(firstFail.get().date()) && !i.failed())
            .min(Comparator.comparing(SiteInspection::date)).ifPresent(i -> rectified.add(i.file().toString()));
      }
    }
    Map<String, Field> f = new LinkedHashMap<>();
    String note = "sites with an inspection in " + label + "; evidence: the inspections counted";
    f.put("sites_total", Field.crawled(sites.size(), List.of(), "sites given with --data"));
    f.put("sites_inspected", Field.crawled(inspected.size(), inspected, note));
    f.put("pass_rate", inspected.isEmpty() ? Field.missing("no inspection in " + label)
        : Field.crawled(Math.round((inspected.size() - failed.size()) * 1000.0 / inspected.size()) / 10.0, inspected,
            "percent of inspected sites that failed no inspection in " + label));
    f.put("failed_sites", Field.crawled(failed.size(), failed, "a single veto failed or the score was below the pass mark"));
    f.put("serious_problem_sites", Field.crawled(serious.size(), serious, "a single-veto check failed"));
    f.put("rectified_sites", Field.crawled(rectified.size(), rectified, "a failed site whose later inspection of the year passed"));
    return f;
  }

  private static Map<String, Field> security(Map<Path, List<SiteInspection>> sites) {
    List<String> checked = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<String> rectified = new ArrayList<>();
    int checks = 0;
    for (List<SiteInspection> list : sites.values()) {
      checks += list.size();
      if (list.isEmpty()) {
        continue;
      }
      checked.add(list.get(list.size() - 1).file().toString());
      Optional<SiteInspection> problem = list.stream().filter(SiteInspection::httpsProblem).findFirst();
      problem.ifPresent(p -> problems.add(p.file().toString()));
      if (problem.isPresent() && !list.get(list.size() - 1).httpsProblem()) {
        rectified.add(list.get(list.size() - 1).file().toString());
      }
    }
    Map<String, Field> f = new LinkedHashMap<>();
    f.put("checks", Field.crawled(checks, List.of(), "inspections of the year, each checking HTTPS and its certificate"));
    f.put("sites_checked", Field.crawled(checked.size(), checked, "sites inspected in the year"));
    f.put("sites_with_problems", Field.crawled(problems.size(), problems, "HTTPS unavailable, certificate invalid or expiring, or no HTTP→HTTPS redirect"));
    f.put("rectified", Field.crawled(rectified.size(), rectified, "a site with an HTTPS problem whose last inspection has none"));
    return f;
  }
}
