package io.github.govaudit.cli;

import io.github.govaudit.crawl.CrawlSummary;
import io.github.govaudit.crawl.Understanding;
import io.github.govaudit.profile.CrawlProfile;
import io.github.govaudit.profile.ProfileException;
import io.github.govaudit.profile.ProfileLoader;
import io.github.govaudit.profile.SitesFile;
import io.github.govaudit.profile.Urls;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * {@code crawl --sites}: crawls several sites at once, each into its own {@code DATA/<name>/} with
 * its own politeness and trap budgets. A site that fails does not stop the others; the run fails
 * (exit 1) when any did.
 */
final class SitesRun {

  /** Applies the command line's flags to a site's profile. */
  interface Flags {
    CrawlProfile apply(CrawlProfile p) throws CliError;
  }

  /** How one site's crawl ended. */
  private record Outcome(SitesFile.Site site, CrawlSummary summary, String error) {}

  private final PrintWriter out;
  private final PrintWriter err;
  private final Flags flags;
  private final Understanding understanding = Wiring.understanding();

  SitesRun(PrintWriter out, PrintWriter err, Flags flags) {
    this.out = out;
    this.err = err;
    this.flags = flags;
  }

  int run(Path sitesFile, Path data, int parallel, boolean fresh) throws CliError {
    List<SitesFile.Site> sites;
    List<CrawlProfile> profiles = new ArrayList<>();
    try {
      sites = new SitesFile().read(sitesFile);
      for (SitesFile.Site s : sites) {
        profiles.add(flags.apply(profile(s)));
      }
    } catch (ProfileException e) {
      throw CliError.usage(e.getMessage());
    }
    long t0 = System.nanoTime();
    List<Outcome> outcomes = crawlAll(sites, profiles, data, parallel, fresh);
    double seconds = (System.nanoTime() - t0) / 1e9;
    return report(outcomes, seconds);
  }

  private static CrawlProfile profile(SitesFile.Site s) throws ProfileException {
    if (s.profile() == null) {
      return CrawlProfile.forHome(Urls.home(s.home(), "site '" + s.name() + "'"));
    }
    CrawlProfile p = new ProfileLoader().load(s.profile());
    if (s.home().isEmpty()) {
      return p;
    }
    return p.withHome(Urls.home(s.home(), "site '" + s.name() + "'"));
  }

  private List<Outcome> crawlAll(List<SitesFile.Site> sites, List<CrawlProfile> profiles, Path data, int parallel,
      boolean fresh) throws CliError {
    List<Integer> indexes = IntStream.range(0, sites.size()).boxed().toList();
    return SitePool.runAll(indexes, parallel,
        i -> crawl(sites.get(i), profiles.get(i), data.resolve(sites.get(i).name()), fresh), "crawling the sites");
  }

  private Outcome crawl(SitesFile.Site site, CrawlProfile profile, Path dir, boolean fresh) {
    line("%s: crawling %s into %s", site.name(), profile.home(), dir);
    try {
      CrawlSummary s = new CrawlRun(err, understanding, false).run(profile, site.profile(), dir, fresh);
      line("%s: %d pages, %d requests, %.1f s%s", site.name(), s.stored(), s.requests(), s.seconds(),
          s.complete() ? "" : " (not finished)");
      return new Outcome(site, s, null);
    } catch (CliError e) {
      line("%s: error: %s", site.name(), e.getMessage());
      return new Outcome(site, null, e.getMessage());
    }
  }

  private void line(String format, Object... args) {
    synchronized (err) {
      err.printf("govaudit: " + format + "%n", args);
      err.flush();
    }
  }

  private int report(List<Outcome> outcomes, double seconds) {
    long pages = 0;
    int failed = 0;
    out.printf("%-24s %8s %9s %8s %6s  %s%n", "site", "pages", "requests", "seconds", "cuts", "result");
    for (Outcome o : outcomes) {
      if (o.summary() == null) {
        failed++;
        out.printf("%-24s %8s %9s %8s %6s  error: %s%n", o.site().name(), "-", "-", "-", "-", o.error());
        continue;
      }
      CrawlSummary s = o.summary();
      pages += s.stored();
      out.printf("%-24s %8d %9d %8.1f %6d  %s%n", o.site().name(), s.stored(), s.requests(), s.seconds(),
          s.cut().size(), s.complete() ? "done" : "not finished");
    }
    out.printf("%d sites, %d pages in %.1f s (%.0f pages/s)%s%n", outcomes.size(), pages, seconds,
        pages / Math.max(seconds, 0.001), failed == 0 ? "" : "; " + failed + " failed");
    return failed == 0 ? 0 : CliError.FAILED;
  }
}
