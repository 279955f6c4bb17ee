package io.github.govaudit.page;

import io.github.govaudit.crawl.Link;
import java.util.List;

/**
 * What the crawler needs of a page, and no more: the links it reveals beyond its plain anchors (as
 * {@link RevealedLinks#links} gives them) and whether it is a list ({@link PageLists#isList}).
 *
 * @param revealed the links the page reveals, its list's other pages first
 * @param list whether the page is a list, asked again first when the site is crawled again
 */
public record CrawlNeeds(List<Link> revealed, boolean list) {
  public CrawlNeeds {
    revealed = List.copyOf(revealed);
  }

  static CrawlNeeds of(String url, PageLists lists) {
    return new CrawlNeeds(RevealedLinks.of(url, lists), lists.isList());
  }
}
