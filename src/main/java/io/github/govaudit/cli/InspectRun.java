package io.github.govaudit.cli;

import io.github.govaudit.count.Column;
import io.github.govaudit.count.Site;
import io.github.govaudit.count.WorkReportBuilder;
import io.github.govaudit.inspect.Inspection;
import io.github.govaudit.inspect.InspectionHistory;
import io.github.govaudit.inspect.Inspector;
import io.github.govaudit.inspect.RulesetException;
import io.github.govaudit.inspect.RulesetLoader;
import io.github.govaudit.page.CategoryRules;
import io.github.govaudit.profile.CrawlProfile;
import io.github.govaudit.profile.ProfileException;
import io.github.govaudit.profile.ProfileLoader;
import io.github.govaudit.profile.Urls;
import io.github.govaudit.render.InspectionHtml;
import io.github.govaudit.render.Json;
import io.github.govaudit.store.PageReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One inspection: crawls first when the store is empty (or asked to), inspects, and writes its files. */
final class InspectRun {

  /** The inspection and the files written. */
  record Written(Inspection inspection, Path json, Path html, Path history) {}

  private final PrintWriter err;
  private final boolean progress;

  InspectRun(PrintWriter err) {
    this(err, true);
  }

  /** @param progress whether a crawl shows progress (off when several sites are inspected at once) */
  InspectRun(PrintWriter err, boolean progress) {
    this.err = err;
    this.progress = progress;
  }

  Written run(Path profileFile, String home, Path dataFlag, Path outDir, boolean recrawl, LocalDate asOf) throws CliError {
    CrawlProfile profile = profile(profileFile, home);
    RulesetLoader.Loaded rules = rules(profileFile);
    Path data = dataFlag != null ? dataFlag : Path.of("data", profile.home().getHost());
    if (recrawl || !hasCrawl(data)) {
      new CrawlRun(err, Wiring.understanding(), progress).run(profile, profileFile, data, false);
    }
    try (PageReader reader = ReportRun.openStore(data)) {
      Site site = ReportRun.understand(reader, data);
      List<Column> columns = new WorkReportBuilder(CategoryRules.defaults(),
          ReportRun.settings(profileFile, reader).columns())
          .count(site).columns();
      Path history = InspectionHistory.dir(data);
      Inspection inspection = new Inspector(rules, profile.politeness().userAgent())
          .inspect(reader, site, columns, asOf, history);
      return write(inspection, new InspectionHistory(history).file(asOf), outDir, asOf);
    } catch (IOException e) {
      throw CliError.failed("cannot inspect " + data + ": " + e.getMessage(), e);
    }
  }

  private static Written write(Inspection inspection, Path historyFile, Path outDir, LocalDate asOf) throws CliError {
    try {
      Files.createDirectories(historyFile.getParent());
      Json.mapper().writeValue(historyFile.toFile(), inspection);
      Files.createDirectories(outDir);
      Path json = outDir.resolve("inspection-" + asOf + ".json");
      Json.mapper().writeValue(json.toFile(), inspection);
      Path html = outDir.resolve("inspection-" + asOf + ".html");
      try (Writer w = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
        new InspectionHtml().write(inspection, w);
      }
      return new Written(inspection, json, html, historyFile);
    } catch (IOException e) {
      throw CliError.failed("cannot write the inspection to " + outDir + ": " + e.getMessage(), e);
    }
  }

  private static CrawlProfile profile(Path file, String home) throws CliError {
    try {
      return file != null ? new ProfileLoader().load(file) : CrawlProfile.forHome(Urls.home(home, "--home"));
    } catch (ProfileException e) {
      throw CliError.usage(e.getMessage());
    }
  }

  private static RulesetLoader.Loaded rules(Path profileFile) throws CliError {
    try {
      return new RulesetLoader().load(profileFile);
    } catch (RulesetException e) {
      throw CliError.usage(e.getMessage());
    }
  }

  private static boolean hasCrawl(Path data) throws CliError {
    try {
      Optional<PageReader> r = PageReader.open(data);
      if (r.isEmpty()) {
        return false;
      }
      try (PageReader reader = r.get()) {
        return reader.record() != null;
      }
    } catch (IOException e) {
      throw CliError.failed("cannot read the page store in " + data + ": " + e.getMessage(), e);
    }
  }
}
