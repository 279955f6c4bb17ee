package io.github.govaudit.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Vetoes first, then capped deductions; unverified findings never count. */
class ScoringTest {

  private static final String HOME = "http://a/";

  private static Finding f(String check, Status s, String url, String source) {
    return new Finding(check, Severity.DEDUCTION, s, url, "", "", "", List.of(new Finding.Evidence(source, "")), "", "");
  }

  private static InspectionVerdict score(List<Finding> findings, int staleA, int staleB, int blank) throws Exception {
    return new Scoring(new RulesetLoader().defaults().ruleset())
        .score(findings, new ColumnFreshness.Result(findings, staleA, staleB, blank), HOME);
  }

  @Test
  void fiveStaleNewsColumnsFailTheSiteWhateverTheScore() throws Exception {
    InspectionVerdict v = score(List.of(), 5, 0, 0);
    assertThat(v.result()).isEqualTo(InspectionVerdict.Result.FAIL);
    assertThat(v.failedVetoes()).containsExactly("stale_column");
    assertThat(score(List.of(), 4, 9, 4).failedVetoes()).isEmpty();
  }

  @Test
  void deadLinksCostOneOnTheHomePageATenthElsewhereCappedAtFive() throws Exception {
    List<Finding> findings = new ArrayList<>();
    findings.add(f("dead_link", Status.FAIL, "http://a/x", HOME));
    findings.add(f("dead_link", Status.FAIL, "http://a/y", "http://a/list"));
    findings.add(f("dead_link", Status.UNVERIFIED, "http://b/z", HOME));
    InspectionVerdict v = score(findings, 0, 0, 0);
    assertThat(v.deductions()).isEqualTo(1.1);
    assertThat(v.score()).isEqualTo(98.9);
    for (int i = 0; i < 10; i++) {
      findings.add(f("dead_link", Status.FAIL, "http://a/h" + i, HOME));
    }
    assertThat(score(findings, 0, 0, 0).deductionItems()).singleElement()
        .satisfies(d -> assertThat(d.points()).isEqualTo(5.0));
  }
}
