package io.github.govaudit.page;

import io.github.govaudit.crawl.Link;
import java.util.List;
import java.util.Objects;

/**
 * Everything one pass over a page yields for the crawler: the page's analysis, to store, and what
 * the crawl itself needs of it (the links it reveals, whether it is a list).
 *
 * @param analysis the page's analysis, as {@link PageAnalyzer#analyze} gives it
 * @param needs what {@link PageAnalyzer#skim} gives of the same page
 */
public record PageReading(PageAnalysis analysis, CrawlNeeds needs) {
  public PageReading {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(needs, "needs");
  }

  /** The links the page reveals, in the order {@link RevealedLinks#links} gives them. */
  public List<Link> revealed() {
    return needs.revealed();
  }
}
