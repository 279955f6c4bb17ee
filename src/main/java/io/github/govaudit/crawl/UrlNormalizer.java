package io.github.govaudit.crawl;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.util.Optional;

/**
 * Puts URLs in one canonical form (host case, default port, dot segments, escaping, no fragment),
 * so that the same page found by two links, stored, and listed in a column compares equal.
 */
public final class UrlNormalizer {

  private final BasicURLNormalizer normalizer = BasicURLNormalizer.newBuilder().build();

  /** The canonical form of {@code url}, or empty when it is not a usable URL. */
  public Optional<String> normalize(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(normalizer.filter(url.strip()));
  }

  /** The canonical form of {@code url}, or {@code url} itself when it cannot be normalised. */
  public String normalizeOrKeep(String url) {
    return normalize(url).orElse(url);
  }

  BasicURLNormalizer delegate() {
    return normalizer;
  }
}
