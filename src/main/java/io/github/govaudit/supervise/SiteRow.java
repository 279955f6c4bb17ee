package io.github.govaudit.supervise;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One line of the per-site table of {@code supervise --sites}.
 *
 * @param name the site's name in the sites file
 * @param home its home page
 * @param result pass, fail, or {@code error} when it could not be inspected
 * @param score its score, or null
 * @param failedVetoes the single-veto checks it failed
 * @param failures failed findings per check
 * @param inspection the inspection file, or the error
 */
public record SiteRow(String name, String home, String result, Double score, List<String> failedVetoes,
    Map<String, Integer> failures, String inspection) {

  public SiteRow {
    failedVetoes = List.copyOf(failedVetoes);
    failures = Map.copyOf(failures);
  }

  /** Most severe first: not inspectable, then most failed vetoes, then lowest score. */
  public static final Comparator<SiteRow> BY_SEVERITY = Comparator
      .comparing((SiteRow r) -> !r.result().equals("error"))
      .thenComparing(r -> -r.failedVetoes().size())
      .thenComparing(r -> r.score() == null ? 0 : r.score())
      .thenComparing(SiteRow::name);
}
