package io.github.govaudit.crawl;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link UrlFacts} of every URL a crawl meets, remembered for the URLs met most: a site's
 * navigation links recur on every page, and looking their facts up costs far less than
 * normalising, hashing and matching them again. Counts the session ids it removes. Thread-safe.
 */
final class UrlBook {

  /** Facts remembered at most; the memory is emptied when it fills (a few MB). */
  private static final int REMEMBERED = 20_000;

  private static final UrlFacts NOT_A_URL = new UrlFacts("", "", "", false, 0, false);

  private final UrlNormalizer normalizer;
  private final HostScope scope;
  private final CutLog cuts;
  private final SessionIds sessions = new SessionIds();
  private final Map<String, UrlFacts> remembered = new ConcurrentHashMap<>();
  private final Map<String, String> hosts = new ConcurrentHashMap<>();

  UrlBook(UrlNormalizer normalizer, HostScope scope, CutLog cuts) {
    this.normalizer = normalizer;
    this.scope = scope;
    this.cuts = cuts;
  }

  /** The facts of {@code raw} (absolute, canonical or not), or null when it is not a usable URL. */
  UrlFacts facts(String raw) {
    UrlFacts f = remembered.get(raw);
    if (f == null) {
      f = work(raw);
      if (remembered.size() >= REMEMBERED) {
        remembered.clear();
      }
      remembered.put(raw, f);
    }
    return f == NOT_A_URL ? null : f;
  }

  private UrlFacts work(String raw) {
    SessionIds.Stripped s = sessions.strip(raw);
    if (s.removed() != null) {
      cuts.cut(CutRule.SESSION_ID, s.removed(), raw);
    }
    String url = normalizer.normalize(s.url()).orElse(null);
    if (url == null) {
      return NOT_A_URL;
    }
    String host = HostScope.hostOf(url);
    host = host == null ? "" : hosts.computeIfAbsent(host, h -> h); // one copy of each host for all queued URLs
    return new UrlFacts(url, host, UrlPattern.familyOf(url), UrlPattern.of(url) != null,
        UrlFingerprints.of(url), scope.mayFetch(url));
  }
}
