package io.github.govaudit.cli;

import io.github.govaudit.render.ReportFormat;
import io.github.govaudit.render.SummaryTable;
import java.io.PrintWriter;
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
    ReportRun.Written w = new ReportRun().run(store.data, store.year, out, store.profile, formats);
    new SummaryTable().print(w.report(), stdout);
    stdout.println("wrote " + w.files().stream().map(Path::toString).collect(Collectors.joining(", ")));
    return 0;
  }
}
