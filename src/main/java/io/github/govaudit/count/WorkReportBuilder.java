package io.github.govaudit.count;

import io.github.govaudit.crawl.CrawlSummary;
import io.github.govaudit.interaction.ReplyLimit;
import io.github.govaudit.page.CategoryRules;
import io.github.govaudit.profile.CrawlProfile.ColumnOverride;
import io.github.govaudit.profile.UserAgent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Counts every field of the work report for one year from an understood site. */
public final class WorkReportBuilder {

  private final CategoryRules rules;
  private final List<ColumnOverride> overrides;
  private final ReplyLimit replyLimit;

  /** A builder counting 按时办结 with the default reply limit. */
  public WorkReportBuilder(CategoryRules rules, List<ColumnOverride> overrides) {
    this(rules, overrides, ReplyLimit.standard());
  }

  /**
   * @param overrides a person's reviewed column overrides
   * @param replyLimit the days within which a published message's reply is on time, with where they came from
   */
  public WorkReportBuilder(CategoryRules rules, List<ColumnOverride> overrides, ReplyLimit replyLimit) {
    this.rules = rules;
    this.overrides = List.copyOf(overrides);
    this.replyLimit = replyLimit;
  }

  /** The columns and items the counts are made from, for reports and reviews. */
  public record Counted(List<Column> columns, ItemIndex items) {}

  /** Finds the site's columns and items. */
  public Counted count(Site site) {
    List<Column> columns = new ColumnTree(rules, overrides).columns(site);
    return new Counted(columns, ItemIndex.build(site, columns, rules));
  }

  /** Builds the report for {@code year}; {@code lastRun} is the summary of the last crawl run, if any. */
  public WorkReport build(Site site, Counted counted, int year, Optional<CrawlSummary> lastRun) {
    Map<String, Map<String, Field>> sections = new LinkedHashMap<>();
    sections.put("basic_info", ByHand.complete("basic_info", BasicInfo.fill(site)));
    sections.put("info_publishing", InfoPublishing.count(counted.items(), year));
    sections.put("topics", Topics.count(counted.columns(), counted.items(), year));
    sections.put("interpretation", Interpretation.count(counted.items(), year));
    sections.put("services", ByHand.complete("services", Map.of()));
    sections.put("interaction", Interaction.count(counted.columns(), counted.items(), site, year, replyLimit));
    sections.put("security", ByHand.complete("security", Map.of()));
    sections.put("mobile_media", ByHand.complete("mobile_media", MobileMedia.fill(site)));
    sections.put("innovation", ByHand.complete("innovation", Innovation.fill(site)));
    String finished = site.record().finished();
    return new WorkReport("work", year,
        new WorkReport.SiteInfo(siteName(sections), site.record().home(), site.record().allowedHosts()),
        Instant.now().toString(), UserAgent.VERSION,
        new WorkReport.CrawlInfo(site.stored(), site.record().started(), finished.isEmpty() ? null : finished,
            site.errors(), lastRun.map(WorkReport.LastRun::of).orElse(null),
            lastRun.map(CrawlSummary::cut).orElse(List.of())),
        sections,
        MarksBlock.of(site.marks(), site.homeMarks()),
        counted.items().undated().stream().map(i -> new WorkReport.Listed(i.url(), i.title(), i.columns())).toList(),
        counted.items().external().stream()
            .map(e -> new WorkReport.Listed(e.url(), e.title(), List.of(e.column()))).toList(),
        site.unreadable());
  }

  private static String siteName(Map<String, Map<String, Field>> sections) {
    Object v = sections.get("basic_info").get("site_name").value();
    return v == null ? "" : v.toString();
  }
}
