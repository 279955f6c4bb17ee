package io.github.govaudit.cli;

import io.github.govaudit.count.Site;
import io.github.govaudit.crawl.CrawlSummary;
import io.github.govaudit.count.ReportProfile;
import io.github.govaudit.count.WorkReportDraft;
import io.github.govaudit.profile.ProfileException;
import io.github.govaudit.count.WorkReport;
import io.github.govaudit.count.WorkReportBuilder;
import io.github.govaudit.overrides.Overrides;
import io.github.govaudit.overrides.OverridesException;
import io.github.govaudit.overrides.OverridesFile;
import io.github.govaudit.render.DocxReport;
import io.github.govaudit.render.EvidenceCsv;
import io.github.govaudit.render.HtmlReport;
import io.github.govaudit.render.Json;
import io.github.govaudit.render.ReportCharts;
import io.github.govaudit.render.ReportDocument;
import io.github.govaudit.render.ReportFormat;
import io.github.govaudit.store.Analyses;
import io.github.govaudit.store.PageReader;
import io.github.govaudit.store.SummaryFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Drafts the work report of one year from a page store alone and writes its files. */
final class ReportRun {

  /**
   * The files written and the report they hold.
   *
   * @param json the JSON report, or null when it was not asked for
   * @param csv the evidence CSV, or null when it was not asked for
   * @param files every file written, in the order written
   * @param overrides the overrides merged into the report, or null when there were none
   */
  record Written(WorkReport report, Path json, Path csv, List<Path> files, Overrides overrides) {}

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

  /**
   * Every stored page understood by the default rules: what every count starts from. The analyses
   * made of pages the crawl stored without one are kept in {@code dataDir} for the next reader.
   */
  static Site understand(PageReader reader, Path dataDir) throws CliError {
    return withKeptAnalyses(dataDir, kept -> WorkReportDraft.understand(reader, kept));
  }

  /** What {@code use} makes with the analyses kept in {@code dataDir}, which it may add to. */
  private static <T> T withKeptAnalyses(Path dataDir, Function<Analyses, T> use) throws CliError {
    try (Analyses kept = Analyses.open(dataDir)) {
      return use.apply(kept);
    } catch (IOException e) {
      throw CliError.failed("cannot keep the page analyses in " + dataDir + ": " + e.getMessage(), e);
    }
  }

  /** The profile whose reviewed settings apply to the store {@code reader} reads ({@code flag}: --profile). */
  static ReportProfile settings(Path flag, PageReader reader) throws CliError {
    try {
      return ReportProfile.resolve(flag, reader);
    } catch (ProfileException e) {
      throw CliError.usage(e.getMessage());
    }
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
    return run(dataDir, askedYear, outDir, profile, ReportFormat.parse(ReportFormat.DEFAULT), null);
  }

  /**
   * Drafts the report, merges a person's overrides and writes it in {@code formats}.
   *
   * @param overridesFile the overrides file asked for, or null for {@code reports/overrides-Y.yaml} when it exists
   */
  Written run(Path dataDir, Integer askedYear, Path outDir, Path profile, Set<ReportFormat> formats,
      Path overridesFile) throws CliError {
    try (PageReader reader = openStore(dataDir)) {
      ReportProfile settings = settings(profile, reader);
      int year = year(askedYear, reader);
      if (year < 1990 || year > 2100) {
        throw CliError.usage("--year " + year + " is not a report year");
      }
      Optional<Overrides> manual = overrides(overridesFile, year);
      Optional<CrawlSummary> lastRun = new SummaryFile().read(dataDir);
      WorkReportDraft draft = withKeptAnalyses(dataDir, kept -> WorkReportDraft.of(reader, kept, year, settings, lastRun));
      WorkReportBuilder.Counted counted = draft.counted();
      WorkReport report = merged(draft.report(), manual);
      Files.createDirectories(outDir);
      List<Path> files = new ArrayList<>();
      Path json = null;
      Path csv = null;
      if (formats.contains(ReportFormat.JSON)) {
        json = outDir.resolve("work-report-" + year + ".json");
        Json.mapper().writeValue(json.toFile(), report);
        files.add(json);
      }
      if (formats.contains(ReportFormat.CSV)) {
        csv = outDir.resolve("evidence-" + year + ".csv");
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
          new EvidenceCsv().write(w, counted.items(), counted.columns(), year);
        }
        files.add(csv);
      }
      ReportDocument doc = ReportDocument.of(report);
      if (formats.contains(ReportFormat.HTML)) {
        Path html = outDir.resolve("work-report-" + year + ".html");
        try (Writer w = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
          new HtmlReport().write(doc, ReportCharts.of(counted, year, asOf(report)), w);
        }
        files.add(html);
      }
      if (formats.contains(ReportFormat.DOCX)) {
        Path docx = outDir.resolve("work-report-" + year + ".docx");
        try (OutputStream o = Files.newOutputStream(docx)) {
          new DocxReport().write(doc, o);
        }
        files.add(docx);
      }
      return new Written(report, json, csv, files, manual.orElse(null));
    } catch (IOException e) {
      throw CliError.failed("cannot write the report to " + outDir + ": " + e.getMessage(), e);
    }
  }

  /** The overrides of the file asked for, else of the default file when it exists, else none. */
  private static Optional<Overrides> overrides(Path asked, int year) throws CliError {
    try {
      return new OverridesFile().readAskedOrDefault(asked, OverridesFile.WORK_STEM, year);
    } catch (OverridesException e) {
      throw CliError.usage(e.getMessage());
    }
  }

  private static WorkReport merged(WorkReport report, Optional<Overrides> manual) throws CliError {
    try {
      return manual.isEmpty() ? report : manual.get().applyTo(report);
    } catch (OverridesException e) {
      throw CliError.usage(e.getMessage());
    }
  }

  /** The day column ages are counted to: the crawl's end, else the day the draft was made. */
  private static LocalDate asOf(WorkReport report) {
    String end = report.crawl().finished() != null ? report.crawl().finished() : report.generatedAt();
    try {
      return LocalDate.parse(end.substring(0, Math.min(10, end.length())));
    } catch (RuntimeException e) {
      return LocalDate.now(); // a crawl record without a readable end: count ages to today
    }
  }
}
