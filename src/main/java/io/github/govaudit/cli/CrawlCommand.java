package io.github.govaudit.cli;

import io.github.govaudit.crawl.CrawlSummary;
import io.github.govaudit.profile.CrawlProfile;
import io.github.govaudit.profile.LimitsCheck;
import io.github.govaudit.profile.ProfileException;
import io.github.govaudit.profile.ProfileLoader;
import io.github.govaudit.profile.Urls;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code govaudit crawl}: fetches a site (or several) into the page store, resuming or revalidating. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
    description = {"Crawl a government site into a local page store.",
        "A second crawl on the same --data resumes an interrupted one, or revalidates a finished one",
        "(lists first, with ETag / If-Modified-Since; unchanged articles are not fetched again)."})
final class CrawlCommand implements Callable<Integer> {

  /** Where the site comes from: a profile, a bare home URL, or a list of sites. */
  static final class Target {
    @Option(names = "--profile", paramLabel = "FILE", description = "Crawl profile (YAML), see crawl-profiles/example.yaml.")
    Path profile;

    @Option(names = "--home", paramLabel = "URL", description = "Home page URL, when there is no profile.")
    String home;

    @Option(names = "--sites", paramLabel = "FILE",
        description = "CSV of sites (name,home[,profile]) crawled at once, each into DATA/<name>/.")
    Path sites;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: data/<host>; with --sites: data).")
  Path data;

  @Option(names = "--max-pages", paramLabel = "N", description = "Fetch at most N pages in this run.")
  Integer maxPages;

  @Option(names = "--delay", paramLabel = "MS", description = "Pause between requests to one host (default 200).")
  Integer delay;

  @Option(names = "--threads", paramLabel = "N", description = "Crawler threads per site (default 2).")
  Integer threads;

  @Option(names = "--max-depth", paramLabel = "N", description = "Links from the home page at most (default 30; -1: no limit).")
  Integer maxDepth;

  @Option(names = "--max-url-length", paramLabel = "N", description = "Longer URLs are not fetched (default 1024; 0: no limit).")
  Integer maxUrlLength;

  @Option(names = "--pattern-budget", paramLabel = "N",
      description = "Fetches a URL pattern (calendar, pager, sort order) may spend on URLs of itself before it must "
          + "yield new links (default 200; 0: no budget).")
  Integer patternBudget;

  @Option(names = "--max-page-bytes", paramLabel = "N", description = "Bodies are kept up to N bytes and marked cut (default 5242880).")
  Integer maxPageBytes;

  @Option(names = "--parallel", paramLabel = "N", defaultValue = "4",
      description = "With --sites: sites crawled at once (default 4).")
  int parallel;

  @Option(names = "--fresh", description = "Empty the store and crawl everything again.")
  boolean fresh;

  private final PrintWriter out;
  private final PrintWriter err;

  CrawlCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() throws CliError {
    if (target.sites != null) {
      if (parallel < 1) {
        throw CliError.usage("--parallel takes 1 or more");
      }
      return new SitesRun(out, err, this::withFlags).run(target.sites, data != null ? data : Path.of("data"),
          parallel, fresh);
    }
    CrawlProfile profile = withFlags(profile());
    Path dir = data != null ? data : Path.of("data", profile.home().getHost());
    CrawlSummary s = new CrawlRun(err).run(profile, target.profile, dir, fresh);
    new SummaryLines(out).print(s, dir);
    out.printf("next: govaudit report --data %s --year %d%n", dir, profile.year() > 0 ? profile.year() : java.time.Year.now().getValue());
    return 0;
  }

  private CrawlProfile profile() throws CliError {
    try {
      if (target.profile != null) {
        return new ProfileLoader().load(target.profile);
      }
      return CrawlProfile.forHome(Urls.home(target.home, "--home"));
    } catch (ProfileException e) {
      throw CliError.usage(e.getMessage());
    }
  }

  /** {@code p} with the flags given on the command line applied. */
  CrawlProfile withFlags(CrawlProfile p) throws CliError {
    if (delay != null && delay < 0 || threads != null && threads < 1) {
      throw CliError.usage("--delay takes 0 or more, --threads 1 or more");
    }
    CrawlProfile.Politeness pol = p.politeness();
    CrawlProfile.Limits lim = p.limits();
    CrawlProfile.Limits limits = new CrawlProfile.Limits(or(maxPages, lim.maxPages()), or(maxDepth, lim.maxDepth()),
        or(maxPageBytes, lim.maxPageBytes()), or(maxUrlLength, lim.maxUrlLength()), or(patternBudget, lim.patternBudget()));
    String problem = LimitsCheck.problem(limits);
    if (problem != null) {
      throw CliError.usage("the limits need " + problem.replace("max_", "--max-").replace("pattern_budget", "--pattern-budget")
          .replace('_', '-'));
    }
    return p.withPoliteness(new CrawlProfile.Politeness(
            or(delay, pol.delayMs()), or(threads, pol.threads()), pol.userAgent()))
        .withLimits(limits);
  }

  private static int or(Integer flag, int fallback) {
    return flag != null ? flag : fallback;
  }
}
