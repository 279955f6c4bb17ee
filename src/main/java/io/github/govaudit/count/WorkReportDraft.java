package io.github.govaudit.count;

import io.github.govaudit.crawl.CrawlSummary;
import io.github.govaudit.crawl.UrlNormalizer;
import io.github.govaudit.page.CategoryRules;
import io.github.govaudit.page.PageAnalyzer;
import io.github.govaudit.page.StoredAnalysis;
import io.github.govaudit.profile.Build;
import io.github.govaudit.store.Analyses;
import io.github.govaudit.store.PageReader;
import java.util.Optional;

/**
 * The work report of one year drafted from a page store alone, before any person's overrides: what
 * {@code report} writes, and what a batch of many sites writes for each. One place for the steps, so
 * every engine drafts the same report from the same store.
 *
 * @param counted the columns and items the counts came from
 * @param report the drafted report
 */
public record WorkReportDraft(WorkReportBuilder.Counted counted, WorkReport report) {

  /**
   * Every stored page understood by the default rules: what every count starts from. Pages the crawl
   * stored without analysis are looked up in {@code kept}, else analysed and kept there.
   */
  public static Site understand(PageReader reader, Analyses kept) {
    return new SiteReader(new PageAnalyzer(CategoryRules.defaults()), new StoredAnalysis(Build.ID),
        new UrlNormalizer()).read(reader, kept);
  }

  /**
   * Drafts the report of {@code year} for the store {@code reader} reads.
   *
   * @param kept the analyses kept beside the store ({@link #understand})
   * @param settings the profile whose column overrides and reply limit apply
   * @param lastRun the summary of the store's last crawl, if any
   */
  public static WorkReportDraft of(PageReader reader, Analyses kept, int year, ReportProfile settings,
      Optional<CrawlSummary> lastRun) {
    WorkReportBuilder builder = new WorkReportBuilder(CategoryRules.defaults(), settings.columns(),
        settings.replyLimit());
    Site site = understand(reader, kept);
    WorkReportBuilder.Counted counted = builder.count(site);
    return new WorkReportDraft(counted, builder.build(site, counted, year, lastRun));
  }
}
