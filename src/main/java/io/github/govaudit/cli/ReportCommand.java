package io.github.govaudit.cli;

import io.github.govaudit.count.WorkReport;
import io.github.govaudit.overrides.OverridesFile;
import io.github.govaudit.overrides.OverridesTemplate;
import io.github.govaudit.render.ReportFormat;
import io.github.govaudit.render.SummaryTable;
import io.github.govaudit.render.Terminal;
import io.github.govaudit.render.ToFillList;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code govaudit report}: drafts the work report of a year from the page store alone. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Draft the 政府网站工作年度报表 of a year from a crawled store (no network).")
final class ReportCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports", description = "Where to write (default: reports).")
  Path out;

  @Option(names = "--format", paramLabel = "LIST", defaultValue = ReportFormat.DEFAULT,
      description = "Files to write, comma-separated: json (with the evidence csv), csv, html, docx (default: json,html,docx).")
  String format;

  @Option(names = "--overrides", paramLabel = "FILE",
      description = "YAML of values entered by hand, by their path in the report (default: reports/overrides-Y.yaml when it exists).")
  Path overrides;

  @Option(names = "--overrides-template", paramLabel = "FILE",
      description = "Also write a starter overrides file listing every field still empty (not over an existing file).")
  Path template;

  private final PrintWriter stdout;

  ReportCommand(PrintWriter stdout, PrintWriter err) {
    this.stdout = stdout;
  }

  @Override
  public Integer call() throws CliError {
    Set<ReportFormat> formats;
    try {
      formats = ReportFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw CliError.usage("--format: " + e.getMessage());
    }
    if (template != null && Files.exists(template)) {
      throw CliError.usage("--overrides-template " + template + " exists; not overwritten");
    }
    ReportRun.Written w = new ReportRun().run(store.data, store.year, out, store.profile, formats, overrides);
    new SummaryTable().print(w.report(), stdout);
    if (w.overrides() != null) {
      stdout.println("overrides: " + w.overrides().entries().size() + " fields entered by hand from "
          + Terminal.clean(w.overrides().file()));
    }
    new ToFillList().print(w.report(), overridesPath(w), stdout);
    if (template != null) {
      writeTemplate(w.report());
    }
    stdout.println("wrote " + w.files().stream().map(Path::toString).collect(Collectors.joining(", ")));
    return 0;
  }

  private void writeTemplate(WorkReport report) throws CliError {
    try (Writer w = Files.newBufferedWriter(template, StandardCharsets.UTF_8)) {
      new OverridesTemplate().write(report, w);
    } catch (IOException e) {
      throw CliError.failed("cannot write " + template + ": " + e.getMessage(), e);
    }
    stdout.println("wrote " + template + ": every field still empty, for a person to fill");
  }

  /** The file a person would put the missing values in: the one read, else the default. */
  private String overridesPath(ReportRun.Written w) {
    return w.overrides() != null ? w.overrides().file()
        : Path.of(OverridesFile.DEFAULT_DIR, "overrides-" + w.report().year() + ".yaml").toString();
  }
}
