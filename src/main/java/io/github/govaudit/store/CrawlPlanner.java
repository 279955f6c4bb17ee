package io.github.govaudit.store;

import io.github.govaudit.crawl.CrawlPlan;
import io.github.govaudit.crawl.KnownPages;
import io.github.govaudit.crawl.Link;
import io.github.govaudit.crawl.Seed;
import io.github.govaudit.crawl.TrapGuard;
import io.github.govaudit.crawl.UrlFingerprints;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Works out where a crawl run starts from what the store holds. A page checked since the pass
 * began is done; a page from an earlier pass is stale: lists and other hubs among them are asked
 * for again (with their validators), the rest only when a list shows them with a new title. Links
 * of stored pages that were never stored themselves, and URLs that never answered, are still to
 * visit. Reads the store twice, a few fields at a time, so its memory stays small.
 */
public final class CrawlPlanner {

  private static final Set<String> STATE_FIELDS = Set.of(PageDocuments.URL, PageDocuments.STATUS,
      PageDocuments.DEPTH, PageDocuments.HUB, PageDocuments.CHECKED_AT, PageDocuments.FETCHED_AT);
  private static final Set<String> LINK_FIELDS = Set.of(PageDocuments.URL, PageDocuments.STATUS,
      PageDocuments.DEPTH, PageDocuments.HUB, PageDocuments.LINKS);

  /**
   * The plan of a run.
   *
   * @param earlier the store as it was when the run began (null: nothing stored)
   * @param home the home page
   * @param passStarted when the current pass began: pages checked since then are done
   * @param fetchable which URLs the crawl may fetch
   * @param spent what trap patterns spent in earlier runs
   */
  public CrawlPlan plan(PageReader earlier, String home, Instant passStarted, Predicate<String> fetchable,
      List<TrapGuard.Spent> spent) {
    if (earlier == null) {
      return new CrawlPlan(home, List.of(), List.of(), new UrlFingerprints(), new UrlFingerprints(), KnownPages.NONE,
          spent);
    }
    UrlFingerprints done = new UrlFingerprints();
    UrlFingerprints stale = new UrlFingerprints();
    List<Seed> revalidate = new ArrayList<>();
    List<Seed> retry = new ArrayList<>();
    long pass = passStarted.toEpochMilli();
    earlier.forEachDocument(STATE_FIELDS, d -> {
      String url = d.get(PageDocuments.URL);
      int depth = Math.max(0, PageDocuments.intOf(d, PageDocuments.DEPTH, 0));
      if (PageDocuments.intOf(d, PageDocuments.STATUS, 0) == 0) {
        retry.add(new Seed(url, depth));
      } else if (PageDocuments.checkedAt(d).toEpochMilli() >= pass) {
        done.add(url);
      } else {
        stale.add(url);
        if (PageDocuments.isHub(d)) {
          revalidate.add(new Seed(url, depth));
        }
      }
    });
    UrlFingerprints listed = new UrlFingerprints();
    List<Seed> seeds = new ArrayList<>(retry);
    seeds.addAll(pending(earlier, done, stale, fetchable, listed));
    return new CrawlPlan(home, seeds, revalidate, done, stale, new StoredPages(earlier, listed), spent);
  }

  /** Links of stored pages not stored themselves, each one step below its nearest linking page. */
  private static List<Seed> pending(PageReader earlier, UrlFingerprints done, UrlFingerprints stale,
      Predicate<String> fetchable, UrlFingerprints listed) {
    Map<String, Seed> pending = new LinkedHashMap<>();
    earlier.forEachDocument(LINK_FIELDS, d -> {
      if (PageDocuments.intOf(d, PageDocuments.STATUS, 0) == 0) {
        return;
      }
      String from = d.get(PageDocuments.URL);
      int depth = Math.max(0, PageDocuments.intOf(d, PageDocuments.DEPTH, 0)) + 1;
      boolean hub = PageDocuments.isHub(d);
      for (Link l : PageDocuments.links(d.get(PageDocuments.LINKS))) {
        if (hub) {
          listed.add(StoredPages.pair(l.url(), l.anchor()));
        }
        if (!done.contains(l.url()) && !stale.contains(l.url()) && fetchable.test(l.url())) {
          pending.merge(l.url(), new Seed(l.url(), depth, from), CrawlPlanner::nearer);
        }
      }
    });
    return List.copyOf(pending.values());
  }

  /** The seed nearer the home page; at equal depth, the one not found on a page of its own pattern. */
  private static Seed nearer(Seed a, Seed b) {
    if (a.depth() != b.depth()) {
      return a.depth() < b.depth() ? a : b;
    }
    return TrapGuard.spendsOwnPattern(a.url(), a.foundOn()) ? b : a;
  }

  /** The stored copies, looked up by URL in the store as it was when the run began. */
  private record StoredPages(PageReader earlier, UrlFingerprints listed) implements KnownPages {

    private static final Set<String> FIELDS = Set.of(PageDocuments.ETAG, PageDocuments.LAST_MODIFIED,
        PageDocuments.LINKS);

    static String pair(String url, String anchor) {
      return url + '\u0000' + anchor;
    }

    @Override
    public java.util.Optional<Known> lookup(String url) {
      try {
        return earlier.document(url, FIELDS).map(d -> new Known(orEmpty(d.get(PageDocuments.ETAG)),
            orEmpty(d.get(PageDocuments.LAST_MODIFIED)), PageDocuments.links(d.get(PageDocuments.LINKS))));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot read the page store: " + e.getMessage(), e);
      }
    }

    @Override
    public boolean listedBefore(String url, String anchor) {
      return listed.contains(pair(url, anchor));
    }

    private static String orEmpty(String s) {
      return s == null ? "" : s;
    }
  }
}
