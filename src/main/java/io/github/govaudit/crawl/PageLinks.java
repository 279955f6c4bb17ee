package io.github.govaudit.crawl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the links a page shows and reveals into canonical URLs, each once (the first non-empty
 * anchor wins), counting the session ids removed on the way.
 */
final class PageLinks {

  private final UrlNormalizer normalizer;
  private final SessionIds sessions = new SessionIds();
  private final CutLog cuts;

  PageLinks(UrlNormalizer normalizer, CutLog cuts) {
    this.normalizer = normalizer;
    this.cuts = cuts;
  }

  /** Every link of {@code shown} and {@code revealed}, canonical and once. */
  List<Link> canonical(List<Link> shown, List<Link> revealed) {
    Map<String, Link> byUrl = new LinkedHashMap<>();
    add(byUrl, shown);
    add(byUrl, revealed);
    return new ArrayList<>(byUrl.values());
  }

  /** The canonical forms of {@code urls}. */
  Set<String> canonical(List<String> urls) {
    Set<String> out = new LinkedHashSet<>();
    for (String u : urls) {
      normalizer.normalize(u).ifPresent(out::add);
    }
    return out;
  }

  /** The canonical form of one URL, or null. */
  String canonical(String url) {
    return normalizer.normalize(url).orElse(null);
  }

  private void add(Map<String, Link> byUrl, List<Link> links) {
    for (Link link : links) {
      SessionIds.Stripped s = sessions.strip(link.url());
      if (s.removed() != null) {
        cuts.cut(CutRule.SESSION_ID, s.removed(), link.url());
      }
      String u = normalizer.normalize(s.url()).orElse(null);
      if (u != null) {
        byUrl.merge(u, new Link(u, link.anchor()), (old, added) -> old.anchor().isEmpty() ? added : old);
      }
    }
  }
}
