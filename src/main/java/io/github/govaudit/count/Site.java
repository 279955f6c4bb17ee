package io.github.govaudit.count;

import io.github.govaudit.marks.FilingMarks;
import io.github.govaudit.page.PageAnalysis;
import io.github.govaudit.store.CrawlRecord;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A crawled site as the counting rules see it: every stored HTML page understood, the anchor text
 * that leads to each URL, and the home page's marks.
 *
 * @param record what the store knows of the crawl
 * @param homeUrl the home page as it answered: the profile's home after any redirects
 * @param pages understood pages by canonical URL (final URLs of redirects included)
 * @param anchors the most common anchor text of links to each URL
 * @param homeMarks the home page's filing marks, if the home page was stored
 * @param allowedHosts the hosts that make up the site
 * @param stored number of stored responses
 * @param errors number of stored error responses
 */
public record Site(
    CrawlRecord record,
    String homeUrl,
    Map<String, PageAnalysis> pages,
    Map<String, String> anchors,
    Optional<FilingMarks> homeMarks,
    Set<String> allowedHosts,
    int stored,
    int errors) {

  /** Whether {@code url} is on one of the site's own hosts. */
  public boolean isOnSite(String url) {
    int scheme = url.indexOf("://");
    if (scheme < 0) {
      return false;
    }
    int end = scheme + 3;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    String hostPort = url.substring(scheme + 3, end).toLowerCase();
    int at = hostPort.lastIndexOf('@');
    String hp = at >= 0 ? hostPort.substring(at + 1) : hostPort;
    String host = hp.startsWith("[") ? hp.substring(0, hp.indexOf(']') + 1) : hp.split(":")[0];
    return allowedHosts.contains(host);
  }

  /** The understood home page, if stored. */
  public Optional<PageAnalysis> home() {
    return Optional.ofNullable(pages.get(homeUrl));
  }

  /** All understood pages in a stable order. */
  public List<PageAnalysis> pageList() {
    return pages.values().stream().distinct().sorted(java.util.Comparator.comparing(PageAnalysis::url)).toList();
  }
}
