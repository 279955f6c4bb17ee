package io.github.govaudit.inspect;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * The verdict of one inspection: single-veto checks first (any one fails the site), then deductions
 * from the maximum score, each check capped at its own points; below the pass mark fails.
 *
 * @param result pass or fail
 * @param failedVetoes the single-veto checks that failed
 * @param deductions points taken off in all
 * @param score the maximum score less the deductions
 * @param passMark the score a site needs
 * @param deductionItems the points each check took off
 */
public record InspectionVerdict(Result result, List<String> failedVetoes, double deductions, double score,
    double passMark, List<Deduction> deductionItems) {

  public InspectionVerdict {
    failedVetoes = List.copyOf(failedVetoes);
    deductionItems = List.copyOf(deductionItems);
  }

  /** Pass or fail. */
  public enum Result {
    PASS, FAIL;

    @JsonValue
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The points one check took off.
   *
   * @param check the check id
   * @param findings its failed findings counted
   * @param points points taken off, after the cap
   * @param uncapped points before the cap
   * @param cap the check's cap
   */
  public record Deduction(String check, int findings, double points, double uncapped, double cap) {}
}
