package io.github.govaudit.crawl;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Puts URLs in one canonical form (host case, default port, dot segments, escaping, no fragment,
 * query parameters sorted, session ids removed), so that the same page found by two links,
 * stored, and listed in a column compares equal. Remembers recent answers: a site's navigation
 * links recur on every page, and normalising a URL costs more than fetching its canonical form
 * from memory. Thread-safe.
 */
public final class UrlNormalizer {

  /** Answers remembered at most; the memory is emptied when it fills (a few MB). */
  private static final int REMEMBERED = 20_000;

  private static final String NOT_A_URL = "";

  private final BasicURLNormalizer normalizer = BasicURLNormalizer.newBuilder().build();
  private final SessionIds sessions = new SessionIds();
  private final Map<String, String> remembered = new ConcurrentHashMap<>();

  /** The canonical form of {@code url}, or empty when it is not a usable URL. */
  public Optional<String> normalize(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    String known = remembered.get(url);
    if (known == null) {
      String canonical = normalizer.filter(sessions.strip(url.strip()).url());
      known = canonical == null ? NOT_A_URL : canonical;
      if (remembered.size() >= REMEMBERED) {
        remembered.clear();
      }
      remembered.put(url, known);
    }
    return known.isEmpty() ? Optional.empty() : Optional.of(known);
  }

  /** The canonical form of {@code url}, or {@code url} itself when it cannot be normalised. */
  public String normalizeOrKeep(String url) {
    return normalize(url).orElse(url);
  }
}
