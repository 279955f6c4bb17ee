package io.github.govaudit.crawl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the links a page shows and reveals into canonical URLs, each once (the first non-empty
 * anchor wins), with the facts the crawl follows them by.
 */
final class PageLinks {

  /**
   * A link of a page with its URL's facts.
   *
   * @param link the canonical link, as stored
   * @param facts its URL's facts
   */
  record Found(Link link, UrlFacts facts) {}

  private final UrlBook book;

  PageLinks(UrlBook book) {
    this.book = book;
  }

  /** Every link of {@code shown} and {@code revealed}, canonical and once. */
  List<Found> canonical(List<Link> shown, List<Link> revealed) {
    Map<String, Found> byUrl = new LinkedHashMap<>();
    add(byUrl, shown);
    add(byUrl, revealed);
    return new ArrayList<>(byUrl.values());
  }

  /** The canonical forms of {@code urls}. */
  Set<String> canonicalUrls(List<String> urls) {
    Set<String> out = new LinkedHashSet<>();
    for (String u : urls) {
      UrlFacts f = book.facts(u);
      if (f != null) {
        out.add(f.url());
      }
    }
    return out;
  }

  /** The facts of one URL, or null when it is not usable. */
  UrlFacts facts(String url) {
    return book.facts(url);
  }

  private void add(Map<String, Found> byUrl, List<Link> links) {
    for (Link link : links) {
      UrlFacts f = book.facts(link.url());
      if (f != null) {
        byUrl.merge(f.url(), new Found(new Link(f.url(), link.anchor()), f),
            (old, added) -> old.link().anchor().isEmpty() ? added : old);
      }
    }
  }
}
