package io.github.govaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code govaudit inspect}: the national checks on the latest crawl (or a fresh one), with history. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
    description = {"Inspect a site against the national indicators (ruleset gb-2019-19, or the profile's).",
        "Writes DATA/inspections/DATE.json and OUT/inspection-DATE.{json,html}; lists problems fixed since",
        "the previous inspection."})
final class InspectCommand implements Callable<Integer> {

  /** Where the site comes from: a profile or a bare home URL. */
  static final class Target {
    @Option(names = "--profile", paramLabel = "FILE", description = "Crawl profile (YAML); its 'inspection' key may adjust the ruleset.")
    Path profile;

    @Option(names = "--home", paramLabel = "URL", description = "Home page URL, when there is no profile.")
    String home;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: data/<host>).")
  Path data;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports", description = "Where to write (default: reports).")
  Path out;

  @Option(names = "--recrawl", description = "Crawl again first (revalidating), even when the store has a crawl.")
  boolean recrawl;

  @Option(names = "--as-of", paramLabel = "DATE", description = "The monitoring date, YYYY-MM-DD (default: today).")
  String asOf;

  private final PrintWriter stdout;
  private final PrintWriter err;

  InspectCommand(PrintWriter stdout, PrintWriter err) {
    this.stdout = stdout;
    this.err = err;
  }

  @Override
  public Integer call() throws CliError {
    LocalDate date = date();
    InspectRun.Written w = new InspectRun(err).run(target.profile, target.home, data, out, recrawl, date);
    new InspectionLines(stdout).print(w.inspection());
    stdout.println("wrote " + w.json() + ", " + w.html() + " and " + w.history());
    return 0;
  }

  private LocalDate date() throws CliError {
    if (asOf == null) {
      return LocalDate.now();
    }
    try {
      return LocalDate.parse(asOf.strip());
    } catch (DateTimeParseException e) {
      throw CliError.usage("--as-of takes a date as YYYY-MM-DD, not '" + asOf + "'");
    }
  }
}
