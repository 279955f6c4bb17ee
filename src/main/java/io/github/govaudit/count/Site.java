package io.github.govaudit.count;

import io.github.govaudit.crawl.HostScope;
import io.github.govaudit.features.SiteFeatures;
import io.github.govaudit.interaction.PublishedMessages;
import io.github.govaudit.marks.FilingMarks;
import io.github.govaudit.page.PageAnalysis;
import io.github.govaudit.store.CrawlRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A crawled site as the counting rules see it: every stored HTML page understood, the anchor text
 * that leads to each URL, and the marks of the home page and of every page.
 *
 * @param record what the store knows of the crawl
 * @param homeUrl the home page as it answered: the profile's home after any redirects
 * @param pages understood pages by canonical URL (final URLs of redirects included)
 * @param anchors the most common anchor text of links to each URL
 * @param homeMarks the home page's filing marks, if the home page was stored
 * @param marks the marks of every HTML page checked
 * @param features the feature entries of the home page (URLs in canonical form)
 * @param allowedHosts the hosts that make up the site
 * @param stored number of stored responses
 * @param errors number of stored error responses
 * @param redirects where each redirected URL led (canonical form)
 * @param unreadable pages the analyser could not understand: listed, not counted
 * @param messages the messages the site publishes in its message lists
 */
public record Site(
    CrawlRecord record,
    String homeUrl,
    Map<String, PageAnalysis> pages,
    Map<String, String> anchors,
    Optional<FilingMarks> homeMarks,
    MarkTally marks,
    SiteFeatures features,
    Set<String> allowedHosts,
    int stored,
    int errors,
    Map<String, String> redirects,
    List<String> unreadable,
    PublishedMessages messages) {

  public Site {
    redirects = Map.copyOf(redirects);
    unreadable = List.copyOf(unreadable);
  }

  /** A site whose message lists were not read. */
  public Site(CrawlRecord record, String homeUrl, Map<String, PageAnalysis> pages, Map<String, String> anchors,
      Optional<FilingMarks> homeMarks, MarkTally marks, SiteFeatures features, Set<String> allowedHosts, int stored,
      int errors, Map<String, String> redirects, List<String> unreadable) {
    this(record, homeUrl, pages, anchors, homeMarks, marks, features, allowedHosts, stored, errors, redirects,
        unreadable, PublishedMessages.NONE);
  }

  /** Where {@code url} ends up after the recorded redirects (at most {@link #MAX_REDIRECTS} of them). */
  public String afterRedirects(String url) {
    String u = url;
    for (int i = 0; i < MAX_REDIRECTS && redirects.containsKey(u); i++) {
      u = redirects.get(u);
    }
    return u;
  }

  /** Redirects followed at most, as browsers and crawlers do. */
  static final int MAX_REDIRECTS = 5;

  /** Whether {@code url} is on one of the site's own hosts. */
  public boolean isOnSite(String url) {
    String host = HostScope.hostOf(url);
    return host != null && allowedHosts.contains(host);
  }

  /** The understood home page, if stored. */
  public Optional<PageAnalysis> home() {
    return Optional.ofNullable(pages.get(homeUrl));
  }

  /** All understood pages, one per URL, in the order of their URLs. */
  public List<PageAnalysis> pageList() {
    Set<PageAnalysis> once = Collections.newSetFromMap(new IdentityHashMap<>());
    for (PageAnalysis p : pages.values()) {
      once.add(pages.getOrDefault(p.url(), p)); // a page found under another URL is the one kept under its own
    }
    List<PageAnalysis> list = new ArrayList<>(once);
    list.sort(Comparator.comparing(PageAnalysis::url));
    return list;
  }
}
