package io.github.govaudit.inspect;

import java.util.List;

/** Makes findings of one check with the ruleset's severity and rule text. */
final class FindingMaker {

  private final String check;
  private final Ruleset.CheckRule rule;
  private final String source;

  FindingMaker(Ruleset ruleset, String check) {
    this.check = check;
    this.rule = ruleset.check(check);
    this.source = ruleset.id() + " " + (rule.rule() == null ? "" : rule.rule())
        + (Boolean.FALSE.equals(rule.confirmed()) ? " (unconfirmed)" : "");
  }

  Finding make(Status verdict, String url, String detail, String measured, String threshold,
      List<Finding.Evidence> evidence, String fix) {
    return new Finding(check, rule.severity(), verdict, url, detail, measured, threshold, evidence, source, fix);
  }
}
