package io.github.govaudit.cli;

import io.github.govaudit.flink.BatchJob;
import io.github.govaudit.flink.SiteJob;
import io.github.govaudit.profile.CrawlProfile;
import io.github.govaudit.profile.ProfileException;
import io.github.govaudit.profile.SitesFile;
import io.github.govaudit.render.DraftReportFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code govaudit batch}: crawls every site of a CSV and drafts each one's work report, on this
 * machine ({@code local}: the {@code crawl --sites} path) or as an Apache Flink job ({@code flink}: an
 * embedded MiniCluster, or a running cluster with {@code --jobmanager}). Both write {@code
 * OUT/<name>/work-report-Y.json} from {@code DATA/<name>/}.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = {"Crawl many sites and draft each one's work report, on this machine or with Apache Flink.",
        "Each site is crawled into DATA/<name>/ and reported into OUT/<name>/work-report-Y.json.",
        "A flink batch that was stopped resumes from its last checkpoint (kept in DATA/.flink/checkpoints)."})
final class BatchCommand implements Callable<Integer> {

  /** The engines a batch runs on. */
  enum Engine { local, flink }

  @Option(names = "--sites", required = true, paramLabel = "FILE", description = "CSV of sites (name,home[,profile]).")
  Path sites;

  @Option(names = "--engine", required = true, paramLabel = "ENGINE",
      description = "local (this machine, as crawl --sites) or flink (an Apache Flink job).")
  Engine engine;

  @Option(names = "--parallelism", paramLabel = "N", defaultValue = "4",
      description = "Sites crawled at once (local) or tasks per step (flink) (default 4).")
  int parallelism;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "Data directory (default data).")
  Path data;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports", description = "Report directory (default reports).")
  Path out;

  @Option(names = "--year", paramLabel = "Y", description = "Report year (default: each profile's, else this year).")
  Integer year;

  @Option(names = "--delay", paramLabel = "MS", description = "Pause between requests to one host (default 200).")
  Integer delay;

  @Option(names = "--max-pages", paramLabel = "N", description = "Fetch at most N pages per site.")
  Integer maxPages;

  @Option(names = "--jobmanager", paramLabel = "HOST:PORT",
      description = "With flink: submit to this running cluster (default: an embedded MiniCluster).")
  String jobManager;

  @Option(names = "--checkpoint-interval", paramLabel = "MS", defaultValue = "10000",
      description = "With flink: checkpoint every MS (default 10000): what a stopped batch may fetch again.")
  long checkpointMs;

  @Option(names = "--fresh", description = "With flink: start over instead of resuming a stopped batch.")
  boolean fresh;

  private final PrintWriter out_;
  private final PrintWriter err;

  BatchCommand(PrintWriter out, PrintWriter err) {
    this.out_ = out;
    this.err = err;
  }

  @Override
  public Integer call() throws CliError {
    check();
    List<SitesFile.Site> list;
    try {
      list = new SitesFile().read(sites);
    } catch (ProfileException e) {
      throw CliError.usage(e.getMessage());
    }
    if (engine == Engine.flink) {
      flink(list);
      return finished(list); // the job wrote each report as its site finished
    }
    int crawled = local();
    int reported = reports(list);
    return crawled != 0 ? crawled : reported;
  }

  private void check() throws CliError {
    if (parallelism < 1) {
      throw CliError.usage("--parallelism takes 1 or more");
    }
    if (delay != null && delay < 0 || maxPages != null && maxPages < 0) {
      throw CliError.usage("--delay and --max-pages take 0 or more");
    }
    if (year != null && (year < 1990 || year > 2100)) {
      throw CliError.usage("--year " + year + " is not a report year");
    }
    if (jobManager != null && (engine != Engine.flink || !jobManager.matches("[^:\\s]+:\\d{1,5}"))) {
      throw CliError.usage("--jobmanager takes HOST:PORT and goes with --engine flink");
    }
    if (checkpointMs < 100) {
      throw CliError.usage("--checkpoint-interval takes 100 ms or more");
    }
  }

  private int local() throws CliError {
    return new SitesRun(out_, err, this::withFlags).run(sites, data, parallelism, false);
  }

  private CrawlProfile withFlags(CrawlProfile p) {
    CrawlProfile.Politeness pol = p.politeness();
    CrawlProfile.Limits lim = p.limits();
    return p.withPoliteness(new CrawlProfile.Politeness(delay != null ? delay : pol.delayMs(), pol.threads(),
            pol.userAgent()))
        .withLimits(new CrawlProfile.Limits(maxPages != null ? maxPages : lim.maxPages(), lim.maxDepth(),
            lim.maxPageBytes(), lim.maxUrlLength(), lim.patternBudget()));
  }

  private void flink(List<SitesFile.Site> list) throws CliError {
    List<SiteJob> jobs = new ArrayList<>();
    for (SitesFile.Site s : list) {
      SiteJob job = SiteJob.of(s, delay != null ? delay : -1, maxPages != null ? maxPages : -1);
      try {
        job.crawlProfile();
      } catch (ProfileException e) {
        throw CliError.usage(e.getMessage());
      }
      jobs.add(job);
    }
    Path restore = fresh ? null : BatchJob.latestCheckpoint(data).orElse(null);
    if (restore != null) {
      line("resuming the stopped batch from its checkpoint %s", restore);
    }
    line("running %d sites as a Flink job on %s (parallelism %d)", jobs.size(),
        jobManager == null ? "an embedded MiniCluster" : jobManager, parallelism);
    long t0 = System.nanoTime();
    try {
      new BatchJob(new BatchJob.Settings(jobs, data, out, parallelism, 0, checkpointMs, restore, jobManager)).run();
    } catch (IllegalStateException e) {
      throw CliError.failed(e.getMessage(), e);
    } catch (Exception e) {
      throw CliError.failed("the Flink job failed: " + rootMessage(e), e);
    }
    line("the Flink job ended after %.1f s", (System.nanoTime() - t0) / 1e9);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
  }

  /** Drafts each crawled site's report, the same way for both engines; exit 1 when any failed. */
  private int reports(List<SitesFile.Site> list) throws CliError {
    int failed = 0;
    for (SitesFile.Site s : list) {
      Path dir = data.resolve(s.name());
      try {
        Optional<Path> json = new DraftReportFile().write(dir, out.resolve(s.name()), year != null ? year : 0);
        if (json.isPresent()) {
          out_.printf("%-24s %s%n", s.name(), json.get());
        } else {
          failed++;
          out_.printf("%-24s error: nothing was crawled into %s%n", s.name(), dir);
        }
      } catch (ProfileException e) {
        throw CliError.usage(e.getMessage());
      } catch (IOException e) {
        failed++;
        out_.printf("%-24s error: %s%n", s.name(), e.getMessage());
      }
    }
    return failed == 0 ? 0 : CliError.FAILED;
  }

  private void line(String format, Object... args) {
    err.printf("govaudit: " + format + "%n", args);
    err.flush();
  }

  /** Prints how each site of a Flink batch ended, as its marker says; exit 1 when any failed. */
  private int finished(List<SitesFile.Site> list) throws CliError {
    int failed = 0;
    for (SitesFile.Site s : list) {
      String result;
      try {
        result = BatchJob.outcome(data.resolve(s.name())).orElse("error: not finished");
      } catch (IOException e) {
        result = "error: " + e.getMessage();
      }
      failed += result.startsWith("ok ") ? 0 : 1;
      out_.printf("%-24s %s%n", s.name(), result.startsWith("ok ") ? result.substring(3) : result);
    }
    return failed == 0 ? 0 : CliError.FAILED;
  }
}
