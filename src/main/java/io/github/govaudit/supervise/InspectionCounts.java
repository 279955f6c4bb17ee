package io.github.govaudit.supervise;

import io.github.govaudit.count.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The numbers inspections measure for one period (a quarter or the year): the 网站普查 block's and the
 * 安全检查 block's, each field with the inspection files it was counted from.
 *
 * @param sites each site's data directory and its inspections of the year, oldest first
 * @param in which inspections fall in the period
 * @param label the period as a note names it ({@code 2026 Q1})
 */
record InspectionCounts(Map<Path, List<SiteInspection>> sites, Predicate<SiteInspection> in, String label) {

  /** The 网站普查 fields of the period. */
  Map<String, Field> inspection() {
    List<String> inspected = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    List<String> serious = new ArrayList<>();
    List<String> rectified = new ArrayList<>();
    for (List<SiteInspection> list : sites.values()) {
      List<SiteInspection> period = list.stream().filter(in).toList();
      if (period.isEmpty()) {
        continue;
      }
      inspected.add(period.get(period.size() - 1).file().toString());
      Optional<SiteInspection> firstFail = period.stream().filter(SiteInspection::failed).findFirst();
      if (firstFail.isPresent()) {
        failed.add(firstFail.get().file().toString());
        if (period.stream().anyMatch(SiteInspection::serious)) {
          serious.add(firstFail.get().file().toString());
        }
        laterPass(list, firstFail.get(), i -> !i.failed()).ifPresent(i -> rectified.add(i.file().toString()));
      }
    }
    Map<String, Field> f = new LinkedHashMap<>();
    String note = "sites with an inspection in " + label + "; evidence: the inspections counted";
    f.put("sites_total", Field.crawled(sites.size(), List.of(), "sites given with --data or --sites"));
    f.put("sites_inspected", Field.crawled(inspected.size(), inspected, note));
    f.put("pass_rate", inspected.isEmpty() ? Field.missing(noInspection())
        : Field.crawled(Math.round((inspected.size() - failed.size()) * 1000.0 / inspected.size()) / 10.0, inspected,
            "percent of inspected sites that failed no inspection in " + label));
    f.put("failed_sites", Field.crawled(failed.size(), failed, "a single veto failed or the score was below the pass mark"));
    f.put("serious_problem_sites", Field.crawled(serious.size(), serious, "a single-veto check failed"));
    f.put("rectified_sites", Field.crawled(rectified.size(), rectified, "a failed site whose later inspection of the year passed"));
    return f;
  }

  /** The 安全检查 fields of the period, from the HTTPS and certificate check of each inspection. */
  Map<String, Field> security() {
    List<String> checks = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<String> rectified = new ArrayList<>();
    for (List<SiteInspection> list : sites.values()) {
      List<SiteInspection> period = list.stream().filter(in).toList();
      if (period.isEmpty()) {
        continue;
      }
      period.forEach(i -> checks.add(i.file().toString()));
      checked.add(period.get(period.size() - 1).file().toString());
      Optional<SiteInspection> problem = period.stream().filter(SiteInspection::httpsProblem).findFirst();
      if (problem.isPresent()) {
        problems.add(problem.get().file().toString());
        laterPass(list, problem.get(), i -> !i.httpsProblem()).ifPresent(i -> rectified.add(i.file().toString()));
      }
    }
    Map<String, Field> f = new LinkedHashMap<>();
    f.put("checks", Field.crawled(checks.size(), checks, "inspections in " + label + ", each checking HTTPS and its certificate"));
    f.put("sites_checked", Field.crawled(checked.size(), checked, "sites inspected in " + label));
    f.put("sites_with_problems", Field.crawled(problems.size(), problems,
        "HTTPS unavailable, certificate invalid or expiring, or no HTTP→HTTPS redirect, in " + label));
    f.put("rectified", Field.crawled(rectified.size(), rectified,
        "a site with an HTTPS problem in " + label + " whose later inspection of the year has none"));
    return f;
  }

  private String noInspection() {
    return "no inspection in " + label + ": run govaudit inspect on the sites, or enter the figure of the office's own check";
  }

  /** The first inspection after {@code problem} that {@code passes}. */
  private static Optional<SiteInspection> laterPass(List<SiteInspection> list, SiteInspection problem,
      Predicate<SiteInspection> passes) {
    return list.stream().filter(i -> i.date().isAfter(problem.date()) && passes.test(i))
        .min(Comparator.comparing(SiteInspection::date));
  }
}
