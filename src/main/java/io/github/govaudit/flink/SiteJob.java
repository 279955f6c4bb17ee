package io.github.govaudit.flink;

import io.github.govaudit.profile.CrawlProfile;
import io.github.govaudit.profile.ProfileException;
import io.github.govaudit.profile.ProfileLoader;
import io.github.govaudit.profile.SitesFile;
import io.github.govaudit.profile.Urls;
import java.io.Serializable;
import java.nio.file.Path;

/**
 * One site of a batch as the job passes it around: its name (its folder under the data and report
 * directories), home page, profile file, and the command line's politeness and page limit.
 *
 * @param name folder name
 * @param home home URL, or empty when the profile gives it
 * @param profile the profile file (on a filesystem every task manager sees), or empty
 * @param delayMs the delay between requests to a host, or -1 for the profile's
 * @param maxPages the page limit, or -1 for the profile's
 */
public record SiteJob(String name, String home, String profile, int delayMs, int maxPages) implements Serializable {

  /** {@code site} of a sites file, with the command line's {@code delayMs} and {@code maxPages} (-1: none). */
  public static SiteJob of(SitesFile.Site site, int delayMs, int maxPages) {
    return new SiteJob(site.name(), site.home(), site.profile() == null ? "" : site.profile().toString(), delayMs,
        maxPages);
  }

  /** The profile the site is crawled with: its file's or the default for its home, with the flags applied. */
  public CrawlProfile crawlProfile() throws ProfileException {
    CrawlProfile p;
    if (profile.isEmpty()) {
      p = CrawlProfile.forHome(Urls.home(home, "site '" + name + "'"));
    } else {
      p = new ProfileLoader().load(Path.of(profile));
      if (!home.isEmpty()) {
        p = p.withHome(Urls.home(home, "site '" + name + "'"));
      }
    }
    CrawlProfile.Politeness pol = p.politeness();
    CrawlProfile.Limits lim = p.limits();
    return p.withPoliteness(new CrawlProfile.Politeness(delayMs >= 0 ? delayMs : pol.delayMs(), 1, pol.userAgent()))
        .withLimits(new CrawlProfile.Limits(maxPages >= 0 ? maxPages : lim.maxPages(), lim.maxDepth(),
            lim.maxPageBytes(), lim.maxUrlLength(), lim.patternBudget()));
  }

  /**
   * The host (with its port, when not the default) the site's requests go to: its key, so that one
   * host's requests are paced in one place.
   */
  public String host() {
    try {
      return crawlProfile().home().getAuthority();
    } catch (ProfileException e) {
      return name; // a site whose profile cannot be read fails alone, under its own key
    }
  }
}
