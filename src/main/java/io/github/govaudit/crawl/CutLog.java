package io.github.govaudit.crawl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tallies everything the crawl cut, by rule and pattern, with a few example URLs each: what the
 * crawl summary and the report list so a person can see what was left out and why. Each URL is
 * counted once per rule, however often it is met again. Thread-safe.
 */
public final class CutLog {

  /** Example URLs kept per rule and pattern. */
  static final int EXAMPLES = 3;

  /**
   * One line of the tally.
   *
   * @param rule why (see {@link CutRule#key()})
   * @param pattern the URL pattern, parameter or host and path it applies to
   * @param count distinct URLs (or links, for session ids) cut
   * @param examples up to {@value #EXAMPLES} of them
   */
  public record Cut(String rule, String pattern, long count, List<String> examples)
      implements java.io.Serializable {
    public Cut {
      examples = List.copyOf(examples);
    }
  }

  private final Map<String, Tally> tallies = new LinkedHashMap<>();
  private final UrlFingerprints counted = new UrlFingerprints();

  /** Counts {@code url} under {@code rule} and {@code pattern}, unless it was already counted there. */
  public synchronized void cut(CutRule rule, String pattern, String url) {
    if (!counted.add(rule.key() + ' ' + url)) {
      return;
    }
    tallies.computeIfAbsent(rule.key() + ' ' + pattern, k -> new Tally(rule.key(), pattern)).add(url);
  }

  /** Takes up the tallies of an earlier part of the same crawl (a crawl restored from a snapshot). */
  public synchronized void restore(List<Cut> earlier) {
    for (Cut c : earlier) {
      Tally t = tallies.computeIfAbsent(c.rule() + ' ' + c.pattern(), k -> new Tally(c.rule(), c.pattern()));
      t.count += c.count();
      for (String url : c.examples()) {
        counted.add(c.rule() + ' ' + url);
        if (t.examples.size() < EXAMPLES) {
          t.examples.add(url);
        }
      }
    }
  }

  /** Every tally, the largest first. */
  public synchronized List<Cut> cuts() {
    return tallies.values().stream().map(Tally::toCut)
        .sorted(Comparator.comparingLong(Cut::count).reversed().thenComparing(Cut::rule).thenComparing(Cut::pattern))
        .toList();
  }

  private static final class Tally {
    final String rule;
    final String pattern;
    final List<String> examples = new ArrayList<>();
    long count;

    Tally(String rule, String pattern) {
      this.rule = rule;
      this.pattern = pattern;
    }

    void add(String url) {
      count++;
      if (examples.size() < EXAMPLES) {
        examples.add(url);
      }
    }

    Cut toCut() {
      return new Cut(rule, pattern, count, examples);
    }
  }
}
