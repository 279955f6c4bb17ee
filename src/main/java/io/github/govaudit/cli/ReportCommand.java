package io.github.govaudit.cli;

import io.github.govaudit.render.SummaryTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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

  private final PrintWriter stdout;

  ReportCommand(PrintWriter stdout, PrintWriter err) {
    this.stdout = stdout;
  }

  @Override
  public Integer call() throws CliError {
    ReportRun.Written w = new ReportRun().run(store.data, store.year, out, store.profile);
    new SummaryTable().print(w.report(), stdout);
    stdout.println("wrote " + w.json() + " and " + w.csv());
    return 0;
  }
}
