package io.github.govaudit.crawl;

import java.util.List;
import org.jsoup.nodes.Document;

/**
 * One way of finding the links a page reveals: anchors in the markup, paging that exists only in
 * script, list entries hidden in a CMS data block. The crawler follows the union of all sources.
 */
public interface LinkSource {

  /**
   * Returns the links this source finds on a page.
   *
   * @param url the page's final URL
   * @param doc the decoded page, its base URI set to {@code url}
   * @return absolute links, possibly empty, never null
   */
  List<Link> links(String url, Document doc);
}
