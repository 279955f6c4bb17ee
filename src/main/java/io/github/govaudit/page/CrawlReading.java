package io.github.govaudit.page;

import io.github.govaudit.crawl.Link;
import io.github.govaudit.crawl.Understanding;
import io.github.govaudit.crawl.Understood;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * The page stage as the crawler calls it, once per HTML page on the Document the crawler parsed:
 * the page's analysis (stored, so the report need not parse the page again), the links it reveals
 * (its list's other pages, the entries of its lists) and whether it is a list. Thread-safe.
 */
public final class CrawlReading implements Understanding {

  private final PageAnalyzer analyzer;
  private final StoredAnalysis stored;
  private final RevealedLinks revealedOnly = new RevealedLinks();

  public CrawlReading(PageAnalyzer analyzer, StoredAnalysis stored) {
    this.analyzer = analyzer;
    this.stored = stored;
  }

  @Override
  public Understood read(String url, Document doc) {
    PageReading reading;
    try {
      reading = analyzer.read(url, doc);
    } catch (RuntimeException e) {
      // a page the analyser cannot read still shows its list's pages and entries
      List<Link> links = revealedOnly.links(url, doc);
      return new Understood(links, paging(links), !links.isEmpty(), new byte[0]);
    }
    PageType type = reading.analysis().pageType();
    return new Understood(reading.revealed(), paging(reading.revealed()),
        type == PageType.LIST || type == PageType.HOME, stored.encode(reading.analysis()));
  }

  /** The revealed links that are other pages of the page's list: they carry no entry title. */
  private static List<String> paging(List<Link> revealed) {
    List<String> paging = new ArrayList<>();
    for (Link l : revealed) {
      if (l.anchor().isEmpty()) {
        paging.add(l.url());
      }
    }
    return paging;
  }
}
