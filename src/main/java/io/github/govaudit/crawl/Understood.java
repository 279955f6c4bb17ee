package io.github.govaudit.crawl;

import java.util.List;

/**
 * What {@link Understanding} made of one page.
 *
 * @param revealed links beyond the page's anchors (absolute; list entries carry their titles)
 * @param paging the URLs of the other pages of the page's list: as deep as the page itself
 * @param list whether the page is a list (or home): asked again first when the site is crawled again
 * @param analysis the encoded page analysis for the store, empty when there is none
 */
public record Understood(List<Link> revealed, List<String> paging, boolean list, byte[] analysis) {

  /** Nothing beyond the anchors. */
  public static final Understood NOTHING = new Understood(List.of(), List.of(), false, new byte[0]);

  public Understood {
    revealed = List.copyOf(revealed);
    paging = List.copyOf(paging);
    analysis = analysis == null ? new byte[0] : analysis;
  }

  /** The same reading without its analysis. */
  public Understood withoutAnalysis() {
    return new Understood(revealed, paging, list, new byte[0]);
  }
}
