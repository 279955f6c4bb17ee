package io.github.govaudit.count;

import io.github.govaudit.marks.FilingMarks;
import io.github.govaudit.marks.Mark;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report's {@code marks} block: for each mark, the value on the home page and how every other
 * page checked agrees with it (inspection-criteria.md §C: marks must be on every page and the same
 * everywhere).
 */
public final class MarksBlock {

  /** What {@code pages_different} compares with when the home page shows the mark. */
  static final String HOME = "home page";

  /** What it compares with when the home page does not show it: the value most pages show. */
  static final String MOST_PAGES = "the value most pages show (the home page shows none)";

  private MarksBlock() {}

  /**
   * One mark across the site.
   *
   * @param value the mark on the home page ("yes" for a badge or entry shown), null when it shows none
   * @param comparedWith what the values of other pages were compared with, null when no page shows the mark
   * @param pagesChecked HTML pages checked
   * @param pagesWith pages showing the mark with the compared value
   * @param pagesMissing pages without the mark
   * @param pagesDifferent pages showing another value, with it
   * @param malformed pages printing the mark's label with a value of the wrong form
   */
  public record MarkSummary(String value, String comparedWith, int pagesChecked, int pagesWith, List<String> pagesMissing,
      List<Different> pagesDifferent, List<String> malformed) {}

  /** A page whose mark differs from the compared value. */
  public record Different(String url, String value) {}

  /** The block of a site whose pages' marks are {@code tally} and whose home page shows {@code home}. */
  static Map<String, MarkSummary> of(MarkTally tally, Optional<FilingMarks> home) {
    Map<String, MarkSummary> block = new LinkedHashMap<>();
    for (Mark mark : Mark.values()) {
      block.put(mark.key(), summary(mark, tally, home.flatMap(h -> h.valueOf(mark))));
    }
    return block;
  }

  private static MarkSummary summary(Mark mark, MarkTally tally, Optional<String> homeValue) {
    Map<String, List<String>> byValue = tally.byValue(mark);
    Optional<String> compared = homeValue.or(() -> byValue.entrySet().stream()
        .max(Comparator.<Map.Entry<String, List<String>>>comparingInt(e -> e.getValue().size())
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey));
    List<Different> different = byValue.entrySet().stream()
        .filter(e -> compared.isEmpty() || !e.getKey().equals(compared.get()))
        .flatMap(e -> e.getValue().stream().map(url -> new Different(url, e.getKey())))
        .sorted(Comparator.comparing(Different::url))
        .toList();
    int with = compared.map(v -> byValue.getOrDefault(v, List.of()).size()).orElse(0);
    String comparedWith = compared.isEmpty() ? null : homeValue.isPresent() ? HOME : MOST_PAGES;
    return new MarkSummary(homeValue.orElse(null), comparedWith, tally.checked(), with, tally.missing(mark),
        different, tally.malformed(mark));
  }
}
