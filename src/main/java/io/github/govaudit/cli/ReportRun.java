package io.github.govaudit.cli;

import io.github.govaudit.count.Site;
import io.github.govaudit.count.SiteReader;
import io.github.govaudit.count.WorkReport;
import io.github.govaudit.count.WorkReportBuilder;
import io.github.govaudit.crawl.UrlNormalizer;
import io.github.govaudit.page.CategoryRules;
import io.github.govaudit.page.PageAnalyzer;
import io.github.govaudit.profile.CrawlProfile.ColumnOverride;
import io.github.govaudit.render.EvidenceCsv;
import io.github.govaudit.render.Json;
import io.github.govaudit.store.PageReader;
import io.github.govaudit.store.SummaryFile;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Drafts the work report of one year from a page store alone and writes its files. */
final class ReportRun {

  /** The files written and the report they hold. */
  record Written(WorkReport report, Path json, Path csv) {}

  /** Opens the store in {@code dataDir}, or says how to make one. */
  static PageReader openStore(Path dataDir) throws CliError {
    try {
      Optional<PageReader> r = PageReader.open(dataDir);
      if (r.isEmpty() || r.get().record() == null) {
        throw CliError.usage("no crawl found in " + dataDir + "; run 'govaudit crawl --home URL --data " + dataDir + "' first");
      }
      return r.get();
    } catch (IOException e) {
      throw CliError.failed("cannot read the page store in " + dataDir + ": " + e.getMessage(), e);
    }
  }

  /** Every stored page understood by the default rules: what every count starts from. */
  static Site understand(PageReader reader) {
    return new SiteReader(new PageAnalyzer(CategoryRules.defaults()), Wiring.storedAnalysis(), new UrlNormalizer())
        .read(reader);
  }

  /** The year asked for, else the profile's, else this year's. */
  static int year(Integer asked, PageReader reader) {
    if (asked != null) {
      return asked;
    }
    return reader.record().year() > 0 ? reader.record().year() : java.time.Year.now().getValue();
  }

  /**
   * Drafts the report.
   *
   * @param profile a profile whose column overrides apply, or null for the crawl's own profile
   */
  Written run(Path dataDir, Integer askedYear, Path outDir, Path profile) throws CliError {
    try (PageReader reader = openStore(dataDir)) {
      List<ColumnOverride> overrides = ColumnOverrides.resolve(profile, reader);
      int year = year(askedYear, reader);
      if (year < 1990 || year > 2100) {
        throw CliError.usage("--year " + year + " is not a report year");
      }
      WorkReportBuilder builder = new WorkReportBuilder(CategoryRules.defaults(), overrides);
      Site site = understand(reader);
      WorkReportBuilder.Counted counted = builder.count(site);
      WorkReport report = builder.build(site, counted, year, new SummaryFile().read(dataDir));
      Files.createDirectories(outDir);
      Path json = outDir.resolve("work-report-" + year + ".json");
      Json.mapper().writeValue(json.toFile(), report);
      Path csv = outDir.resolve("evidence-" + year + ".csv");
      try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
        new EvidenceCsv().write(w, counted.items(), counted.columns(), year);
      }
      return new Written(report, json, csv);
    } catch (IOException e) {
      throw CliError.failed("cannot write the report to " + outDir + ": " + e.getMessage(), e);
    }
  }
}
