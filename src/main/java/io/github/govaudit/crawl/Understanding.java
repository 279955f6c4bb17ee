package io.github.govaudit.crawl;

import org.jsoup.nodes.Document;

/**
 * The crawl's look at what an HTML page means, made on the Document the crawler already parsed:
 * the links the page reveals beyond its anchors (script-only paging, CMS data blocks), whether it
 * is a list, and, when the crawl has the time, the page analysis the store keeps so the report
 * need not parse the page again. Implemented by the page-understanding stage; must be thread-safe.
 */
public interface Understanding {

  /** Plain anchors only: no revealed links, no stored analysis. */
  Understanding ANCHORS_ONLY = (url, doc) -> Understood.NOTHING;

  /**
   * Reads one page, with the analysis to store.
   *
   * @param url the page's final URL
   * @param doc the decoded page, its base URI set to {@code url}
   */
  Understood read(String url, Document doc);

  /**
   * Reads only what the crawl needs of one page: its revealed links, its paging and whether it is a
   * list, the same as {@link #read} gives, and no analysis. The crawl asks this when pages wait to
   * be read, so that reading never holds fetching up; the report analyses those pages itself.
   */
  default Understood skim(String url, Document doc) {
    return read(url, doc).withoutAnalysis();
  }
}
