package io.github.govaudit.cli;

import io.github.govaudit.overrides.Overrides;
import io.github.govaudit.overrides.OverridesException;
import io.github.govaudit.overrides.OverridesFile;
import io.github.govaudit.overrides.OverridesTemplate;
import io.github.govaudit.render.DocxReport;
import io.github.govaudit.render.Json;
import io.github.govaudit.render.ReportDocument;
import io.github.govaudit.render.SupervisionHtml;
import io.github.govaudit.supervise.SupervisionReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The supervision report's files: a person's overrides merged in (the file asked for, else
 * {@code reports/supervision-overrides-Y.yaml} when present), then {@code OUT/supervision-report-Y.{json,html,docx}},
 * and on request a starter overrides file listing every field still empty.
 *
 * @param out the directory written to
 */
record SupervisionFiles(Path out) {

  /**
   * The report with the overrides merged in and the files written.
   *
   * @param overrides the overrides merged, or null when there were none
   */
  record Written(SupervisionReport report, List<Path> files, Overrides overrides) {}

  /** {@code reports/supervision-overrides-Y.yaml}, where a person enters the supervision report's values. */
  static Path defaultOverrides(int year) {
    return OverridesFile.defaultPath(Path.of(""), OverridesFile.SUPERVISION_STEM, year);
  }

  /** Merges the overrides of {@code asked} (or the default file when it exists) and writes the three files. */
  Written write(SupervisionReport drafted, Path asked) throws CliError {
    Overrides overrides = null;
    SupervisionReport report = drafted;
    try {
      Optional<Overrides> manual = new OverridesFile().readAskedOrDefault(asked, OverridesFile.SUPERVISION_STEM,
          drafted.year());
      if (manual.isPresent()) {
        overrides = manual.get();
        report = drafted.withSections(overrides.apply(drafted.sections()));
      }
    } catch (OverridesException e) {
      throw CliError.usage(e.getMessage());
    }
    String stem = "supervision-report-" + report.year();
    Path json = out.resolve(stem + ".json");
    Path html = out.resolve(stem + ".html");
    Path docx = out.resolve(stem + ".docx");
    try {
      Files.createDirectories(out);
      Json.mapper().writeValue(json.toFile(), report);
      ReportDocument doc = ReportDocument.of(report);
      try (Writer w = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
        new SupervisionHtml().write(doc, w);
      }
      try (OutputStream o = Files.newOutputStream(docx)) {
        new DocxReport().write(doc, o);
      }
    } catch (IOException e) {
      throw CliError.failed("cannot write the supervision report to " + out + ": " + e.getMessage(), e);
    }
    return new Written(report, List.of(json, html, docx), overrides);
  }

  /** Writes a starter overrides file at {@code template} listing {@code report}'s empty fields. */
  static void writeTemplate(SupervisionReport report, Path template) throws CliError {
    try (Writer w = Files.newBufferedWriter(template, StandardCharsets.UTF_8)) {
      new OverridesTemplate().write("govaudit supervision overrides for " + report.year(),
          "govaudit supervise reads " + defaultOverrides(report.year()) + ", or the file given with --overrides",
          report.toFill(), w);
    } catch (IOException e) {
      throw CliError.failed("cannot write " + template + ": " + e.getMessage(), e);
    }
  }
}
