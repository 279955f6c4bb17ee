package io.github.govaudit.cli;

import io.github.govaudit.render.Json;
import io.github.govaudit.supervise.InspectionsReader;
import io.github.govaudit.supervise.SiteInspection;
import io.github.govaudit.supervise.SupervisionBuilder;
import io.github.govaudit.supervise.SupervisionReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code govaudit supervise}: the supervision report of a year from the inspections of many sites. */
@Command(name = "supervise", mixinStandardHelpOptions = true,
    description = {"Draft the 政府网站监管年度报表 of a year from the inspections kept in each site's data directory.",
        "Writes OUT/supervision-report-Y.json: 网站普查 per quarter and year, 安全检查, other blocks marked missing."})
final class SuperviseCommand implements Callable<Integer> {

  @Option(names = "--year", paramLabel = "Y", required = true, description = "The report year.")
  int year;

  @Option(names = "--data", paramLabel = "DIR", required = true, arity = "1..*",
      description = "Data directories of the sites (each with its inspections/).")
  List<Path> data;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports", description = "Where to write (default: reports).")
  Path out;

  private final PrintWriter stdout;

  SuperviseCommand(PrintWriter stdout, PrintWriter err) {
    this.stdout = stdout;
  }

  @Override
  public Integer call() throws CliError {
    if (year < 1990 || year > 2100) {
      throw CliError.usage("--year " + year + " is not a report year");
    }
    Map<Path, List<SiteInspection>> sites = new LinkedHashMap<>();
    InspectionsReader reader = new InspectionsReader();
    for (Path d : data) {
      if (!Files.isDirectory(d)) {
        throw CliError.usage("no data directory " + d + "; give the --data of an inspected site");
      }
      try {
        sites.put(d, reader.read(d, year));
      } catch (IOException e) {
        throw CliError.failed("cannot read the inspections in " + d + ": " + e.getMessage(), e);
      }
    }
    SupervisionReport report = new SupervisionBuilder().build(year, sites);
    Path file = out.resolve("supervision-report-" + year + ".json");
    try {
      Files.createDirectories(out);
      Json.mapper().writeValue(file.toFile(), report);
    } catch (IOException e) {
      throw CliError.failed("cannot write " + file + ": " + e.getMessage(), e);
    }
    long inspected = sites.values().stream().filter(l -> !l.isEmpty()).count();
    stdout.printf("%d sites, %d inspected in %d; wrote %s%n", sites.size(), inspected, year, file);
    return 0;
  }
}
