package io.github.govaudit.inspect;

import java.util.List;
import java.util.Map;

/**
 * One inspection of a site, as written to {@code DATA/inspections/DATE.json} and
 * {@code OUT/inspection-DATE.json}.
 *
 * @param report always {@code inspection}
 * @param site the site's name and home page
 * @param date the monitoring point ({@code --as-of})
 * @param generatedAt when the inspection ran
 * @param toolVersion govaudit's version
 * @param ruleset the rules applied
 * @param crawl the crawl inspected
 * @param verdict pass or fail, with the failed vetoes and the score
 * @param checks each check's result (pass, fail, unverified, not_applicable) and counts
 * @param findings every finding
 * @param fixed failed findings of the previous inspection this one no longer has
 * @param links what the link check did
 * @param probes this run's probes of the home page and the history's length
 */
public record Inspection(
    String report,
    SiteRef site,
    String date,
    String generatedAt,
    String toolVersion,
    RulesetRef ruleset,
    CrawlRef crawl,
    InspectionVerdict verdict,
    Map<String, CheckSummary> checks,
    List<Finding> findings,
    List<Fixed> fixed,
    LinkSummary links,
    ProbeSummary probes) {

  public Inspection {
    checks = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(checks));
    findings = List.copyOf(findings);
    fixed = List.copyOf(fixed);
  }

  /** The site inspected. */
  public record SiteRef(String name, String home) {}

  /** The ruleset applied and where it came from. */
  public record RulesetRef(String id, String name, String source, String file) {}

  /** The crawl inspected: pages stored, when it started and finished. */
  public record CrawlRef(int pages, String started, String finished) {}

  /**
   * One check's outcome.
   *
   * @param severity its weight
   * @param result {@code fail} when any finding failed, else {@code unverified} or {@code not_applicable}
   *     when findings say so, else {@code pass}
   * @param fail failed findings
   * @param unverified unverified findings
   * @param notApplicable not-applicable findings
   */
  public record CheckSummary(Severity severity, String result, int fail, int unverified, int notApplicable) {}

  /** This run's probes and how many the history holds. */
  public record ProbeSummary(List<Probe> thisRun, int history) {
    public ProbeSummary {
      thisRun = List.copyOf(thisRun);
    }
  }
}
