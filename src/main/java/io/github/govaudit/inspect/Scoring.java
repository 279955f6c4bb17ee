package io.github.govaudit.inspect;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies the ruleset's scoring model to the findings: vetoes (site unreachable, home not updated,
 * stale columns over the (a) or (b) count, blank columns over their count), then deductions per check
 * with its cap. Only {@code fail} findings count; unverified ones never do.
 */
final class Scoring {

  private final Ruleset ruleset;

  Scoring(Ruleset ruleset) {
    this.ruleset = ruleset;
  }

  InspectionVerdict score(List<Finding> findings, ColumnFreshness.Result columns, String homeUrl) {
    Ruleset.Thresholds t = ruleset.thresholds();
    List<String> vetoes = new ArrayList<>();
    if (failed(findings, InspectionChecks.SITE_UNREACHABLE) > 0) {
      vetoes.add(InspectionChecks.SITE_UNREACHABLE);
    }
    if (failed(findings, InspectionChecks.HOME_NOT_UPDATED) > 0) {
      vetoes.add(InspectionChecks.HOME_NOT_UPDATED);
    }
    boolean staleVeto = columns.staleA() >= t.staleVetoA() || columns.staleB() >= t.staleVetoB();
    if (staleVeto) {
      vetoes.add(InspectionChecks.STALE_COLUMN);
    }
    boolean blankVeto = columns.blank() >= t.blankVeto();
    if (blankVeto) {
      vetoes.add(InspectionChecks.BLANK_COLUMN);
    }
    List<InspectionVerdict.Deduction> items = new ArrayList<>();
    if (!staleVeto) {
      perFinding(findings, InspectionChecks.STALE_COLUMN).ifPresent(items::add);
    }
    if (!blankVeto) {
      perFinding(findings, InspectionChecks.BLANK_COLUMN).ifPresent(items::add);
    }
    links(findings, InspectionChecks.DEAD_LINK, homeUrl).ifPresent(items::add);
    links(findings, InspectionChecks.BROKEN_IMAGE, homeUrl).ifPresent(items::add);
    perFinding(findings, InspectionChecks.MARK_MISSING).ifPresent(items::add);
    perFinding(findings, InspectionChecks.MARK_DIFFERENT).ifPresent(items::add);
    double total = round(items.stream().mapToDouble(InspectionVerdict.Deduction::points).sum());
    double score = round(ruleset.maxScore() - total);
    boolean pass = vetoes.isEmpty() && score >= ruleset.passMark();
    return new InspectionVerdict(pass ? InspectionVerdict.Result.PASS : InspectionVerdict.Result.FAIL, vetoes, total,
        score, ruleset.passMark(), items);
  }

  private static long failed(List<Finding> findings, String check) {
    return findings.stream().filter(f -> f.check().equals(check) && f.verdict() == Status.FAIL).count();
  }

  private java.util.Optional<InspectionVerdict.Deduction> perFinding(List<Finding> findings, String check) {
    Ruleset.CheckRule r = ruleset.check(check);
    int n = (int) failed(findings, check);
    if (n == 0 || r.points() == null) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(deduction(check, n, n * r.points(), r.cap()));
  }

  private java.util.Optional<InspectionVerdict.Deduction> links(List<Finding> findings, String check, String homeUrl) {
    Ruleset.CheckRule r = ruleset.check(check);
    double points = 0;
    int n = 0;
    for (Finding f : findings) {
      if (f.check().equals(check) && f.verdict() == Status.FAIL) {
        n++;
        boolean onHome = f.evidence().stream().anyMatch(e -> e.url().equals(homeUrl));
        points += onHome ? orZero(r.pointsHome()) : orZero(r.pointsOther());
      }
    }
    return n == 0 ? java.util.Optional.empty() : java.util.Optional.of(deduction(check, n, points, r.cap()));
  }

  private static InspectionVerdict.Deduction deduction(String check, int n, double uncapped, Double cap) {
    double capped = cap == null ? uncapped : Math.min(uncapped, cap);
    return new InspectionVerdict.Deduction(check, n, round(capped), round(uncapped), cap == null ? uncapped : cap);
  }

  private static double orZero(Double d) {
    return d == null ? 0 : d;
  }

  private static double round(double d) {
    return Math.round(d * 100) / 100.0;
  }
}
