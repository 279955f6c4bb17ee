package io.github.govaudit.cli;

import io.github.govaudit.profile.CrawlProfile;
import io.github.govaudit.profile.ProfileException;
import io.github.govaudit.profile.ProfileLoader;
import io.github.govaudit.profile.Urls;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code govaudit crawl}: fetches a site into the page store, resuming where the last run stopped. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
    description = "Crawl a government site into a local page store (resumes an interrupted crawl).")
final class CrawlCommand implements Callable<Integer> {

  /** Where the site comes from: a profile or a bare home URL. */
  static final class Target {
    @Option(names = "--profile", paramLabel = "FILE", description = "Crawl profile (YAML), see crawl-profiles/example.yaml.")
    Path profile;

    @Option(names = "--home", paramLabel = "URL", description = "Home page URL, when there is no profile.")
    String home;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: data/<host>).")
  Path data;

  @Option(names = "--max-pages", paramLabel = "N", description = "Fetch at most N pages in this run.")
  Integer maxPages;

  @Option(names = "--delay", paramLabel = "MS", description = "Pause between requests to one host (default 200).")
  Integer delay;

  @Option(names = "--threads", paramLabel = "N", description = "Crawler threads (default 2).")
  Integer threads;

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
    CrawlProfile profile = withFlags(profile());
    Path dir = data != null ? data : Path.of("data", profile.home().getHost());
    CrawlRun.Summary s = new CrawlRun(err).run(profile, target.profile, dir, fresh);
    out.printf("crawled %d pages (%d errors) in %.1f s; the store holds %d pages in %s%n",
        s.fetched(), s.errors(), s.seconds(), s.stored(), dir);
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

  private CrawlProfile withFlags(CrawlProfile p) throws CliError {
    if (delay != null && delay < 0 || threads != null && threads < 1 || maxPages != null && maxPages < 0) {
      throw CliError.usage("--delay and --max-pages take 0 or more, --threads 1 or more");
    }
    CrawlProfile.Politeness pol = p.politeness();
    CrawlProfile.Limits lim = p.limits();
    return p.withPoliteness(new CrawlProfile.Politeness(
            delay != null ? delay : pol.delayMs(), threads != null ? threads : pol.threads(), pol.userAgent()))
        .withLimits(new CrawlProfile.Limits(maxPages != null ? maxPages : lim.maxPages(), lim.maxDepth(), lim.maxPageBytes()));
  }
}
