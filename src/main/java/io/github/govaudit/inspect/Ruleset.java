package io.github.govaudit.inspect;

import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules an inspection applies, with their thresholds, as read from a ruleset YAML (the national
 * {@code gb-2019-19} in the jar, or a province's file) and the profile's overrides.
 *
 * @param id the ruleset id ({@code gb-2019-19})
 * @param name the indicators' title
 * @param source the document the rules come from
 * @param passMark the score below which a site fails
 * @param maxScore the score deductions are taken from
 * @param checks each check's severity, rule text and points
 * @param thresholds the time windows and veto counts
 * @param columnKinds which columns must be updated within which window, first match wins
 * @param links how links are checked
 */
public record Ruleset(
    String id,
    String name,
    String source,
    double passMark,
    double maxScore,
    Map<String, CheckRule> checks,
    Thresholds thresholds,
    List<ColumnKind> columnKinds,
    LinkPolicy links) {

  public Ruleset {
    checks = Map.copyOf(checks);
    columnKinds = List.copyOf(columnKinds);
  }

  /** The rule of {@code check}; every check the inspection runs must have one. */
  public CheckRule check(String check) {
    CheckRule r = checks.get(check);
    if (r == null) {
      throw new IllegalStateException("ruleset " + id + " has no rule for check " + check);
    }
    return r;
  }

  /** The column kind named {@code kind}, if the ruleset has it. */
  public Optional<ColumnKind> kind(String kind) {
    return columnKinds.stream().filter(k -> k.kind().equals(kind)).findFirst();
  }

  /**
   * One check's weight.
   *
   * @param severity single_veto, deduction or advice
   * @param rule the rule as written, with its clause
   * @param confirmed whether the rule is confirmed in the source
   * @param points points per finding (null: none)
   * @param pointsHome points per finding on the home page (links)
   * @param pointsOther points per finding on other pages (links)
   * @param cap most points the check may take off
   * @param pointsConfirmed whether the points are confirmed (null: as {@code confirmed})
   */
  public record CheckRule(Severity severity, String rule, Boolean confirmed, Double points, Double pointsHome,
      Double pointsOther, Double cap, Boolean pointsConfirmed) {}

  /**
   * Windows and counts of the veto rules and of the availability probes.
   *
   * @param homeStaleDays the home page must show an item newer than this many days
   * @param homeWarningDays early warning for the home page
   * @param staleVetoA stale news / first-level notice and policy columns that veto
   * @param staleVetoB other stale columns that veto
   * @param blankVeto blank columns that veto
   * @param probeDays days of probe history needed to judge availability
   * @param probeFailRatio failed probes (share) that veto
   * @param probeWarningRatio failed probes (share) that warn
   * @param probeTimeoutSeconds a probe fails when the home page has not loaded within this
   * @param probesPerRun probes of the home page each inspection makes
   * @param probeIntervalMs pause between two probes of one run
   */
  public record Thresholds(int homeStaleDays, int homeWarningDays, int staleVetoA, int staleVetoB, int blankVeto,
      int probeDays, double probeFailRatio, double probeWarningRatio, double probeTimeoutSeconds, int probesPerRun,
      long probeIntervalMs) {}

  /**
   * A kind of column and how long it may go without a new item.
   *
   * @param kind its id ({@code news}, {@code notice_policy} …)
   * @param names a regular expression matched in the column's name (then its path); null matches none
   * @param days the window in days, or null
   * @param months the window in months, or null (no window at all: never stale)
   * @param group {@code a} or {@code b}: the veto count it adds to; {@code none}
   * @param firstLevelOnly whether only first-level columns count in group a (deeper ones count in b)
   * @param confirmed whether the window is confirmed in the source
   */
  public record ColumnKind(String kind, String names, Integer days, Integer months, String group,
      Boolean firstLevelOnly, Boolean confirmed) {

    /** The window, empty when columns of this kind are never stale. */
    public Optional<Period> window() {
      if (days != null) {
        return Optional.of(Period.ofDays(days));
      }
      return months == null ? Optional.empty() : Optional.of(Period.ofMonths(months));
    }

    /** Whether the name pattern finds a match in {@code text}. */
    public boolean matches(String text) {
      return names != null && !names.isBlank() && text != null && Pattern.compile(names).matcher(text).find();
    }

    /** The window as written ({@code 14 d}, {@code 6 months}), or {@code none}. */
    public String windowText() {
      return days != null ? days + " d" : months != null ? months + " months" : "none";
    }
  }

  /**
   * How links are checked.
   *
   * @param timeoutSeconds a request that has not answered within this times out
   * @param retries further attempts after a 429, 503 or timeout
   * @param backoffMs the first pause before a retry (doubled each time) when no Retry-After is given
   * @param maxRetryAfterSeconds a longer Retry-After is not waited for (the link is unverified)
   * @param perHostConcurrency requests to one host at once at most
   * @param delayMs pause between two requests to one host
   * @param maxRedirects redirects followed at most
   * @param threads links checked at once over all hosts
   * @param skipHosts hosts (and their subdomains) of third-party widgets, never checked
   * @param maxChecksPerHost targets of one host asked for at most in one inspection (the rest are
   *     skipped and counted): a trap's endless URLs the crawl stopped at stay unasked
   */
  public record LinkPolicy(double timeoutSeconds, int retries, long backoffMs, long maxRetryAfterSeconds,
      int perHostConcurrency, long delayMs, int maxRedirects, int threads, List<String> skipHosts,
      int maxChecksPerHost) {

    public LinkPolicy {
      skipHosts = skipHosts == null ? List.of() : List.copyOf(skipHosts);
    }

    /** The same policy with another timeout. */
    public LinkPolicy withTimeoutSeconds(double seconds) {
      return new LinkPolicy(seconds, retries, backoffMs, maxRetryAfterSeconds, perHostConcurrency, delayMs,
          maxRedirects, threads, skipHosts, maxChecksPerHost);
    }

    /** The same policy with another per-host delay. */
    public LinkPolicy withDelayMs(long delay) {
      return new LinkPolicy(timeoutSeconds, retries, backoffMs, maxRetryAfterSeconds, perHostConcurrency, delay,
          maxRedirects, threads, skipHosts, maxChecksPerHost);
    }

    /** The same policy with another backoff. */
    public LinkPolicy withBackoffMs(long backoff) {
      return new LinkPolicy(timeoutSeconds, retries, backoff, maxRetryAfterSeconds, perHostConcurrency, delayMs,
          maxRedirects, threads, skipHosts, maxChecksPerHost);
    }
  }
}
