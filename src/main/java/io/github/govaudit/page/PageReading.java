package io.github.govaudit.page;

import io.github.govaudit.crawl.Link;
import java.util.List;
import java.util.Objects;

/**
 * Everything one pass over a page yields for the crawler: the page's analysis, to store, and the
 * links it reveals beyond its plain anchors, to follow (what {@link RevealedLinks#links} returns).
 *
 * @param analysis the page's analysis, as {@link PageAnalyzer#analyze} gives it
 * @param revealed the links the page reveals, in the order {@link RevealedLinks#links} gives them
 */
public record PageReading(PageAnalysis analysis, List<Link> revealed) {
  public PageReading {
    Objects.requireNonNull(analysis, "analysis");
    revealed = List.copyOf(revealed);
  }
}
