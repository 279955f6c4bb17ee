package io.github.govaudit.profile;

/** The one place that says which crawl limits make sense, for profiles and flags alike. */
public final class LimitsCheck {

  /** URLs shorter than this are common on real sites; a lower limit would cut real pages. */
  static final int MIN_URL_LENGTH = 100;

  private LimitsCheck() {}

  /** What is wrong with {@code l} in words ("max_pages >= 0"), or null when nothing is. */
  public static String problem(CrawlProfile.Limits l) {
    if (l.maxPages() < 0) {
      return "max_pages >= 0";
    }
    if (l.maxDepth() < -1) {
      return "max_depth >= 0 (or -1 for no limit)";
    }
    if (l.maxPageBytes() < 1024) {
      return "max_page_bytes >= 1024";
    }
    if (l.maxUrlLength() != 0 && l.maxUrlLength() < MIN_URL_LENGTH) {
      return "max_url_length >= " + MIN_URL_LENGTH + " (or 0 for no limit)";
    }
    if (l.patternBudget() < 0) {
      return "pattern_budget >= 0 (0 for no budget)";
    }
    return null;
  }
}
