package io.github.govaudit.crawl;

import org.jsoup.nodes.Document;

/**
 * The crawl's one look at what an HTML page means, made on the Document the crawler already
 * parsed: the links the page reveals beyond its anchors (script-only paging, CMS data blocks),
 * whether it is a list, and the page analysis the store keeps so the report need not parse the
 * page again. Implemented by the page-understanding stage; must be thread-safe.
 */
public interface Understanding {

  /** Plain anchors only: no revealed links, no stored analysis. */
  Understanding ANCHORS_ONLY = (url, doc) -> Understood.NOTHING;

  /**
   * Reads one page.
   *
   * @param url the page's final URL
   * @param doc the decoded page, its base URI set to {@code url}
   */
  Understood read(String url, Document doc);
}
