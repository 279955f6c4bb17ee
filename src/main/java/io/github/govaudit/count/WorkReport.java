package io.github.govaudit.count;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.govaudit.crawl.CrawlSummary;
import io.github.govaudit.crawl.CutLog;
import java.util.List;
import java.util.Map;

/**
 * The draft 政府网站工作年度报表: every section's fields with their evidence, plus the items the
 * rules could not count (undated, external) for a person to review.
 *
 * @param report always {@code work}
 * @param year the report year
 * @param site the site's name and home
 * @param generatedAt when the draft was made (ISO-8601)
 * @param toolVersion govaudit's version
 * @param crawl what the crawl behind it did
 * @param sections form sections by key, each its fields by key
 * @param marks each filing mark, badge and the 纠错 entry across every page checked, by key
 * @param undated items with no publish date: counted nowhere
 * @param externalEntries column entries pointing to other hosts: excluded from every count
 * @param unreadablePages stored pages the analyser could not understand: not counted, for a person to open
 *
 * <p>Its JSON ends with {@code to_fill}: the fields still empty, see {@link #toFill()}.
 */
public record WorkReport(
    String report,
    int year,
    SiteInfo site,
    String generatedAt,
    String toolVersion,
    CrawlInfo crawl,
    Map<String, Map<String, Field>> sections,
    Map<String, MarksBlock.MarkSummary> marks,
    List<Listed> undated,
    List<Listed> externalEntries,
    List<String> unreadablePages) {

  /** Every field still empty (source missing) and where its value would come from: the clerk's list. */
  @JsonProperty(value = "to_fill", access = JsonProperty.Access.READ_ONLY)
  public List<ToFill> toFill() {
    return ToFill.of(sections);
  }

  /** This report with {@code replaced} as its sections (after a person's overrides). */
  public WorkReport withSections(Map<String, Map<String, Field>> replaced) {
    return new WorkReport(report, year, site, generatedAt, toolVersion, crawl, replaced, marks, undated,
        externalEntries, unreadablePages);
  }

  /** The site audited. */
  public record SiteInfo(String name, String home, List<String> allowedHosts) {}

  /**
   * The crawl behind the report.
   *
   * @param pages responses stored
   * @param started when the first run began
   * @param finished when the last run ended, or null when it was interrupted
   * @param errors stored responses that were errors
   * @param lastRun what the last crawl run did ({@code DATA/crawl-summary.json}), or null when it
   *     left no summary
   * @param cut what the last run left out or cut short, by rule and pattern (empty when nothing)
   */
  public record CrawlInfo(int pages, String started, String finished, int errors, LastRun lastRun,
      List<CutLog.Cut> cut) {
    public CrawlInfo {
      cut = List.copyOf(cut);
    }
  }

  /**
   * The last crawl run, as its summary gives it.
   *
   * @param mode first, resume or revalidate
   * @param started when it began
   * @param seconds how long it took
   * @param requests HTTP requests made
   * @param notModified pages asked for again that had not changed
   * @param changed pages asked for again that had changed
   */
  public record LastRun(String mode, String started, double seconds, long requests, long notModified, long changed) {

    /** The run of {@code s}. */
    public static LastRun of(CrawlSummary s) {
      return new LastRun(s.mode(), s.started(), s.seconds(), s.requests(), s.notModified(), s.changed());
    }
  }

  /** An entry a person should look at, with where it was listed. */
  public record Listed(String url, String title, List<String> columns) {}
}
