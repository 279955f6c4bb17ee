package io.github.govaudit.page;

import io.github.govaudit.crawl.Link;
import io.github.govaudit.crawl.Understanding;
import io.github.govaudit.crawl.Understood;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * The page stage as the crawler calls it, once per HTML page on the Document the crawler parsed:
 * the links the page reveals (its list's other pages, the entries of its lists), whether it is a
 * list, and, when asked to {@link #read} rather than {@link #skim}, the page's analysis (stored, so
 * the report need not parse the page again). Thread-safe.
 */
public final class CrawlReading implements Understanding {

  private final PageAnalyzer analyzer;
  private final StoredAnalysis stored;

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
      return skim(url, doc); // a page the analyser cannot read still shows its list's pages and entries
    }
    return understood(reading.needs(), stored.encode(reading.analysis()));
  }

  @Override
  public Understood skim(String url, Document doc) {
    return understood(analyzer.skim(url, doc), new byte[0]);
  }

  private static Understood understood(CrawlNeeds needs, byte[] analysis) {
    return new Understood(needs.revealed(), paging(needs.revealed()), needs.list(), analysis);
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
