package io.github.govaudit.inspect;

import io.github.govaudit.marks.FilingMarks;
import io.github.govaudit.marks.Mark;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Criteria B5.2 {@code mark_missing} and {@code mark_different}, per page template: pages showing the
 * same marks share a footer, so each distinct set of marks is one template and gives at most one
 * finding per mark, listing its pages. A printed mark is compared with the home page's value, else
 * with the value most pages show. 承办单位 is optional and not required.
 */
final class MarkChecks {

  /** Marks every page must show. */
  static final List<Mark> REQUIRED =
      List.of(Mark.SITE_CODE, Mark.ICP, Mark.POLICE, Mark.SPONSOR, Mark.CONAC_BADGE, Mark.JIUCUO);

  /** Pages listed as evidence per finding; the measured count says how many there are. */
  static final int EVIDENCE_PAGES = 20;

  private final FindingMaker missing;
  private final FindingMaker different;

  MarkChecks(Ruleset ruleset) {
    this.missing = new FindingMaker(ruleset, InspectionChecks.MARK_MISSING);
    this.different = new FindingMaker(ruleset, InspectionChecks.MARK_DIFFERENT);
  }

  List<Finding> check(Map<String, FilingMarks> marks, String homeUrl) {
    Map<FilingMarks, List<String>> templates = templates(marks);
    Optional<FilingMarks> home = Optional.ofNullable(marks.get(homeUrl));
    List<Finding> out = new ArrayList<>();
    for (Mark mark : REQUIRED) {
      Optional<String> expected = expected(mark, marks, home);
      for (Map.Entry<FilingMarks, List<String>> t : templates.entrySet()) {
        Optional<String> v = t.getKey().valueOf(mark);
        List<String> pages = t.getValue();
        if (v.isEmpty()) {
          out.add(missing.make(Status.FAIL, pages.get(0), mark.label() + " missing on " + pages.size()
                  + " page(s) sharing one footer template", pages.size() + " pages", "on every page",
              evidence(pages, "no " + mark.label()), "Add " + mark.label() + " to this template's footer."));
        } else if (mark.printed() && expected.isPresent() && !v.get().equals(expected.get())) {
          out.add(different.make(Status.FAIL, pages.get(0), mark.label() + " is " + v.get() + " on " + pages.size()
                  + " page(s) sharing one footer template, " + expected.get() + " elsewhere", pages.size() + " pages",
              expected.get() + (home.flatMap(h -> h.valueOf(mark)).isPresent() ? " (home page)" : " (most pages)"),
              evidence(pages, mark.label() + " " + v.get()), "Print " + expected.get() + " in this template's footer."));
        }
      }
    }
    return out;
  }

  /** Pages grouped by the marks they show, each group's pages sorted, groups by their first page. */
  private static Map<FilingMarks, List<String>> templates(Map<String, FilingMarks> marks) {
    Map<FilingMarks, List<String>> byMarks = marks.entrySet().stream().collect(Collectors.groupingBy(
        Map.Entry::getValue, Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
    byMarks.values().forEach(l -> l.sort(null));
    Map<FilingMarks, List<String>> ordered = new LinkedHashMap<>();
    byMarks.entrySet().stream().sorted(Comparator.comparing(e -> e.getValue().get(0)))
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }

  private static Optional<String> expected(Mark mark, Map<String, FilingMarks> marks, Optional<FilingMarks> home) {
    Optional<String> h = home.flatMap(m -> m.valueOf(mark));
    if (h.isPresent()) {
      return h;
    }
    return marks.values().stream().map(m -> m.valueOf(mark)).flatMap(Optional::stream)
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())).entrySet().stream()
        .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey);
  }

  private static List<Finding.Evidence> evidence(List<String> pages, String text) {
    return pages.stream().limit(EVIDENCE_PAGES).map(p -> new Finding.Evidence(p, text)).toList();
  }
}
