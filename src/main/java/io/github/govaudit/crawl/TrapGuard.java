package io.github.govaudit.crawl;

import io.github.govaudit.profile.CrawlProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps a crawl out of traps while letting real lists run to their last page. A URL is refused
 * when it is deeper or longer than the limits. A URL found on a page of its own pattern (a
 * calendar day linking the next day, a list page linking the next page, a sort order linking
 * another) spends its pattern's budget: at most {@code pattern_budget} fetches, and that many more
 * each time the pattern's pages have meanwhile yielded new links outside the pattern — as the
 * pages of a real list do with their entries, and a calendar or an endless pager does not. URLs
 * found from other pages (a list's entries, a column's first page) never spend a budget.
 * Thread-safe.
 */
public final class TrapGuard {

  /**
   * What one pattern has spent, persisted across runs so a resumed or repeated crawl does not
   * start the trap over.
   *
   * @param pattern the URL pattern
   * @param fetched fetches of self-found URLs so far
   * @param allowance fetches allowed so far
   * @param lastYield the fetch count when one of the pattern's pages last yielded new links outside it
   */
  public record Spent(String pattern, long fetched, long allowance, long lastYield) implements java.io.Serializable {

    /** A {@code lastYield} for a pattern whose pages never yielded. */
    static final long NEVER = Long.MIN_VALUE / 2;

    /**
     * The same spending carried into a new pass (a re-run over a finished crawl): what it fetched
     * and was allowed stays, but its earlier yields no longer extend the allowance, so a trap that
     * was cut stays cut, and a real list that grew goes on only once its revalidated pages yield
     * new links again in this pass.
     */
    public Spent forNextPass() {
      return new Spent(pattern, fetched, allowance, NEVER);
    }
  }


  private final int maxDepth;
  private final int maxUrlLength;
  private final int patternBudget;
  private final CutLog cuts;
  private final Map<String, long[]> budgets = new HashMap<>();

  TrapGuard(CrawlProfile.Limits limits, CutLog cuts) {
    this.maxDepth = limits.maxDepth();
    this.maxUrlLength = limits.maxUrlLength();
    this.patternBudget = limits.patternBudget();
    this.cuts = cuts;
  }

  /** Whether {@code url}, found at {@code depth}, is within the depth and length limits; records it when not. */
  boolean admits(String url, int depth) {
    if (maxUrlLength > 0 && url.length() > maxUrlLength) {
      cuts.cut(CutRule.MAX_URL_LENGTH, UrlPattern.shapeOf(url.substring(0, Math.min(url.length(), 120))) + "…", url);
      return false;
    }
    if (maxDepth >= 0 && depth > maxDepth) {
      cuts.cut(CutRule.MAX_DEPTH, UrlPattern.shapeOf(url), url);
      return false;
    }
    return true;
  }

  /** The pattern (family) a URL spends when found on a page of its own family, or null when nothing in it varies. */
  public static String patternOf(String url) {
    return UrlPattern.of(url);
  }

  /** Whether {@code url}, found on {@code page}, is of the page's own pattern (and so spends its budget). */
  public static boolean spendsOwnPattern(String url, String page) {
    return spendingPattern(url, page) != null;
  }

  /**
   * The pattern {@code url} spends when found on {@code page} — its family, when the page is of the
   * same family (a list page linking its own other pages or sort orders, a calendar day the next) —
   * or null when it spends none.
   */
  static String spendingPattern(String url, String page) {
    if (page == null) {
      return null;
    }
    String pattern = UrlPattern.of(url);
    return pattern != null && pattern.equals(UrlPattern.familyOf(page)) ? pattern : null;
  }

  /**
   * Called before fetching a URL that spends {@code pattern}: whether the budget allows it. A
   * refused URL is recorded as cut.
   */
  synchronized boolean mayFetch(String url, String pattern) {
    if (pattern == null || patternBudget <= 0) {
      return true;
    }
    long[] b = budget(pattern);
    if (b[0] >= b[1]) {
      if (b[0] - b[2] > Math.max(1, patternBudget / 4)) {
        cuts.cut(CutRule.PATTERN_BUDGET, pattern, url);
        return false;
      }
      b[1] += patternBudget;
    }
    b[0]++;
    return true;
  }

  /** Records that a page of {@code pattern} led to {@code fresh} new links outside it. */
  synchronized void yielded(String pattern, int fresh) {
    if (pattern != null && fresh > 0) {
      long[] b = budget(pattern);
      b[2] = b[0];
    }
  }

  /** Per pattern: fetched, allowance, fetch count at the last yield ({@link Spent#NEVER}: never). */
  private long[] budget(String pattern) {
    return budgets.computeIfAbsent(pattern, p -> new long[] {0, patternBudget, Spent.NEVER});
  }

  /** What to persist: the patterns that spent anything. */
  public synchronized List<Spent> spent() {
    List<Spent> spent = new ArrayList<>();
    budgets.forEach((p, b) -> {
      if (b[0] > 0) {
        spent.add(new Spent(p, b[0], b[1], b[2]));
      }
    });
    return spent;
  }

  /**
   * Continues from what an earlier run spent. Its cuts are not carried over: the links it cut are
   * met again (they are still pending) and cut again in this run's tally.
   */
  synchronized void restore(List<Spent> earlier) {
    for (Spent s : earlier) {
      budgets.put(s.pattern(), new long[] {s.fetched(), Math.max(s.allowance(), patternBudget), s.lastYield()});
    }
  }
}
