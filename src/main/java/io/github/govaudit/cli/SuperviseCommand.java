package io.github.govaudit.cli;

import io.github.govaudit.inspect.Finding;
import io.github.govaudit.inspect.Inspection;
import io.github.govaudit.inspect.Status;
import io.github.govaudit.render.SiteTableHtml;
import io.github.govaudit.render.Terminal;
import io.github.govaudit.render.ToFillList;
import io.github.govaudit.supervise.InspectionsReader;
import io.github.govaudit.supervise.SiteInspection;
import io.github.govaudit.supervise.SiteRow;
import io.github.govaudit.supervise.SiteTable;
import io.github.govaudit.supervise.SupervisionBuilder;
import io.github.govaudit.supervise.SupervisionReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code govaudit supervise}: the supervision report of a year from the inspections of many sites. */
@Command(name = "supervise", mixinStandardHelpOptions = true,
    description = {"Draft the 政府网站监管年度报表 of a year from the inspections kept in each site's data directory.",
        "Writes OUT/supervision-report-Y.{json,html,docx}: 网站普查 and 安全检查 per quarter and year from the",
        "inspections, every other block of the form from the overrides file or marked missing, and to_fill.",
        "With --sites, first inspects every site of the CSV (crawling those not crawled yet) and writes",
        "OUT/supervision-sites-DATE.{csv,html}, most severe first."})
final class SuperviseCommand implements Callable<Integer> {

  /** Sites already inspected, or a list of sites to inspect now. */
  static final class Sites {
    @Option(names = "--data", paramLabel = "DIR", arity = "1..*",
        description = "Data directories of inspected sites (each with its inspections/).")
    List<Path> data;

    @Option(names = "--sites", paramLabel = "FILE", description = "CSV of sites (name,home[,profile]) to inspect now.")
    Path sites;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Sites target;

  @Option(names = "--year", paramLabel = "Y", required = true, description = "The report year.")
  int year;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports", description = "Where to write (default: reports).")
  Path out;

  @Option(names = "--into", paramLabel = "DIR", defaultValue = "data",
      description = "With --sites: each site's data directory is DIR/<name> (default: data).")
  Path into;

  @Option(names = "--parallel", paramLabel = "N", defaultValue = "4", description = "With --sites: sites inspected at once (default 4).")
  int parallel;

  @Option(names = "--as-of", paramLabel = "DATE", description = "With --sites: the monitoring date, YYYY-MM-DD (default: today).")
  String asOf;

  @Option(names = "--overrides", paramLabel = "FILE",
      description = "YAML of values entered by hand, by their path in the report"
          + " (default: reports/supervision-overrides-Y.yaml when it exists).")
  Path overrides;

  @Option(names = "--overrides-template", paramLabel = "FILE",
      description = "Also write a starter overrides file listing every field still empty (not over an existing file).")
  Path template;

  private final PrintWriter stdout;
  private final PrintWriter err;

  SuperviseCommand(PrintWriter stdout, PrintWriter err) {
    this.stdout = stdout;
    this.err = err;
  }

  @Override
  public Integer call() throws CliError {
    if (year < 1990 || year > 2100) {
      throw CliError.usage("--year " + year + " is not a report year");
    }
    if (template != null && Files.exists(template)) {
      throw CliError.usage("--overrides-template " + template + " exists; not overwritten");
    }
    List<Path> dirs = target.data;
    if (target.sites != null) {
      if (parallel < 1) {
        throw CliError.usage("--parallel takes 1 or more");
      }
      dirs = inspectSites();
    }
    SupervisionReport drafted = new SupervisionBuilder().build(year, histories(dirs, target.sites == null));
    SupervisionFiles.Written w = new SupervisionFiles(out).write(drafted, overrides);
    if (w.overrides() != null) {
      stdout.println("overrides: " + w.overrides().entries().size() + " fields entered by hand from "
          + Terminal.clean(w.overrides().file()));
    }
    String fillIn = w.overrides() != null ? w.overrides().file() : SupervisionFiles.defaultOverrides(year).toString();
    new ToFillList().print(w.report().toFill(), fillIn, stdout);
    if (template != null) {
      SupervisionFiles.writeTemplate(w.report(), template);
      stdout.println("wrote " + template + ": every field still empty, for a person to fill");
    }
    stdout.printf("%d sites; wrote %s%n", dirs.size(), w.files().stream().map(Path::toString).collect(Collectors.joining(", ")));
    return 0;
  }

  private List<Path> inspectSites() throws CliError {
    LocalDate date = date();
    List<SitesInspection.Outcome> outcomes = new SitesInspection(err).run(target.sites, into, out, parallel, date);
    List<SiteRow> rows = new ArrayList<>(outcomes.stream().map(SuperviseCommand::row).toList());
    rows.sort(SiteRow.BY_SEVERITY);
    Path csv = out.resolve("supervision-sites-" + date + ".csv");
    Path html = out.resolve("supervision-sites-" + date + ".html");
    try {
      Files.createDirectories(out);
      try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
        new SiteTable().writeCsv(rows, w);
      }
      try (Writer w = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
        new SiteTableHtml().write("网站检查汇总（" + date + "）", rows, w);
      }
    } catch (IOException e) {
      throw CliError.failed("cannot write the site table to " + out + ": " + e.getMessage(), e);
    }
    for (SiteRow r : rows) {
      stdout.printf("%-20s %-6s %s%s%n", r.name(), r.result(), r.score() == null ? "" : "score " + r.score(),
          r.failedVetoes().isEmpty() ? "" : " vetoes: " + String.join(", ", r.failedVetoes()));
    }
    stdout.printf("wrote %s and %s%n", csv, html);
    return outcomes.stream().map(SitesInspection.Outcome::data).toList();
  }

  private static SiteRow row(SitesInspection.Outcome o) {
    Inspection i = o.inspection();
    if (i == null) {
      return new SiteRow(o.site().name(), o.site().home(), "error", null, List.of(), Map.of(), o.error());
    }
    Map<String, Integer> failures = new HashMap<>();
    for (Finding f : i.findings()) {
      if (f.verdict() == Status.FAIL) {
        failures.merge(f.check(), 1, Integer::sum);
      }
    }
    return new SiteRow(o.site().name(), i.site().home(), i.verdict().result().key(), i.verdict().score(),
        i.verdict().failedVetoes(), failures, o.data().resolve("inspections").resolve(i.date() + ".json").toString());
  }

  private LocalDate date() throws CliError {
    try {
      return asOf == null ? LocalDate.now() : LocalDate.parse(asOf.strip());
    } catch (DateTimeParseException e) {
      throw CliError.usage("--as-of takes a date as YYYY-MM-DD, not '" + asOf + "'");
    }
  }

  /** @param strict whether a missing directory is an input error (else: a site never inspected) */
  private Map<Path, List<SiteInspection>> histories(List<Path> dirs, boolean strict) throws CliError {
    Map<Path, List<SiteInspection>> sites = new LinkedHashMap<>();
    InspectionsReader reader = new InspectionsReader();
    for (Path d : dirs) {
      if (!Files.isDirectory(d) && strict) {
        throw CliError.usage("no data directory " + d + "; give the --data of an inspected site");
      }
      try {
        sites.put(d, reader.read(d, year));
      } catch (IOException e) {
        throw CliError.failed("cannot read the inspections in " + d + ": " + e.getMessage(), e);
      }
    }
    return sites;
  }
}
