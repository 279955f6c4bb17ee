package io.github.govaudit.crawl;

import io.github.govaudit.crawl.Frontier.Queued;
import io.github.govaudit.profile.CrawlProfile;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * Crawls one site one request at a time, paced by its caller: each {@link #step()} fetches the next
 * URL and deals with the answer exactly as {@link Crawler} does (same robots.txt, trap limits, links
 * and page stage), and says how long to wait before the next request to the site. Its whole state —
 * the URLs waiting, every URL seen, trap budgets, robots.txt files, cuts and counts — is a {@link
 * Snapshot} a stream processor can checkpoint and restore. A first crawl only: it reads no store.
 * One thread at a time.
 */
public final class SteppedCrawl implements AutoCloseable {

  /**
   * A robots.txt as it answered, kept so that a restored crawl need not ask again.
   *
   * @param status HTTP status, 0 when no answer came
   * @param body its body
   * @param location its Location header of a redirect, or empty
   */
  public record RobotsFile(int status, byte[] body, String location) implements Serializable {}

  /**
   * Everything a crawl needs to go on where it was.
   *
   * @param waiting the URLs still to fetch, in order
   * @param seen fingerprints of every URL ever queued
   * @param spent what each trap pattern spent
   * @param robots each robots.txt asked for, by its URL
   * @param cuts what was cut so far
   * @param requests requests made so far
   * @param stored answers stored so far
   * @param errors of them, errors
   */
  public record Snapshot(List<Queued> waiting, long[] seen, List<TrapGuard.Spent> spent,
      Map<String, RobotsFile> robots, List<CutLog.Cut> cuts, long requests, long stored, long errors)
      implements Serializable {
    public Snapshot {
      waiting = List.copyOf(waiting);
      spent = List.copyOf(spent);
      robots = Map.copyOf(robots);
      cuts = List.copyOf(cuts);
    }

    /** How many URLs wait. */
    public int waitingCount() {
      return waiting.size();
    }
  }

  private final CrawlProfile profile;
  private final Frontier frontier;
  private final TrapGuard guard;
  private final CutLog cuts = new CutLog();
  private final CrawlStats stats = new CrawlStats();
  private final Fetcher fetcher;
  private final Map<String, RobotsFile> robotsFiles = new LinkedHashMap<>();
  private final Visit visit;
  private final long requestsBefore;
  private final long storedBefore;
  private final long errorsBefore;

  private SteppedCrawl(CrawlProfile profile, Understanding understanding, PageSink sink, Consumer<String> notices,
      Snapshot from) {
    this.profile = profile;
    this.guard = new TrapGuard(profile.limits(), cuts);
    this.frontier = new Frontier(profile.politeness().delayMs());
    this.fetcher = new Fetcher(profile.politeness().userAgent(), profile.limits().maxPageBytes(), 1);
    HostScope scope = new HostScope(profile);
    UrlBook book = new UrlBook(new UrlNormalizer(), scope, cuts);
    String home = new UrlNormalizer().normalizeOrKeep(profile.home().toString());
    if (from == null) {
      requestsBefore = storedBefore = errorsBefore = 0;
      UrlFacts h = book.facts(home);
      if (h != null && scope.isOnSite(h.url())) {
        frontier.offer(Queued.of(h, 0, 0, null, false), q -> true);
      }
    } else {
      requestsBefore = from.requests();
      storedBefore = from.stored();
      errorsBefore = from.errors();
      robotsFiles.putAll(from.robots());
      guard.restore(from.spent());
      cuts.restore(from.cuts());
      frontier.restore(from.seen(), from.waiting());
    }
    Robots robots = new Robots((url, maxBytes) -> {
      RobotsFile kept = robotsFiles.get(url);
      if (kept == null) {
        Fetcher.Answer a = fetcher.getFile(url, maxBytes);
        kept = new RobotsFile(a.status(), a.body(), a.location());
        robotsFiles.put(url, kept);
      }
      return new Robots.Reply(kept.status(), kept.body(), kept.location());
    });
    Visit.Parts parts = new Visit.Parts(fetcher, robots, guard, cuts, frontier, scope, understanding,
        new PageLinks(book), sink, stats, CrawlPlan.fresh(home), profile.politeness().delayMs(), notices,
        () -> false); // one request at a time: nothing waits for the reading, so each page is analysed
    this.visit = new Visit(parts, new UrlFingerprints(), new Semaphore(1));
  }

  /** A new crawl of {@code profile}'s site, from its home page. */
  public static SteppedCrawl start(CrawlProfile profile, Understanding understanding, PageSink sink,
      Consumer<String> notices) {
    return new SteppedCrawl(profile, understanding, sink, notices, null);
  }

  /** The crawl {@code snapshot} was taken of, going on from there. */
  public static SteppedCrawl resume(CrawlProfile profile, Understanding understanding, PageSink sink,
      Consumer<String> notices, Snapshot snapshot) {
    return new SteppedCrawl(profile, understanding, sink, notices, snapshot);
  }

  /**
   * Fetches the next URL and deals with its answer.
   *
   * @return whether a URL was taken (false: the crawl is over)
   */
  public boolean step() {
    if (limitReached()) {
      return false;
    }
    Queued q = frontier.poll();
    if (q == null) {
      return false;
    }
    try {
      Optional<Fetcher.Answer> answer = visit.ask(q);
      if (answer.isPresent()) {
        visit.handle(q, answer.get());
      }
    } finally {
      frontier.done(q);
    }
    return true;
  }

  /** Whether a URL is waiting (and the page limit not reached). */
  public boolean hasNext() {
    return frontier.queued() > 0 && !limitReached();
  }

  /** Whether the crawl stopped at the profile's page limit. */
  public boolean limitReached() {
    int max = profile.limits().maxPages();
    return max > 0 && requests() >= max;
  }

  /** The pause before the next request to the site: the profile's delay, or its robots.txt's Crawl-delay. */
  public long delayMs() {
    return frontier.delayMs(HostScope.hostOf(profile.home().toString()));
  }

  /** Requests made, robots.txt aside. */
  public long requests() {
    return requestsBefore + stats.requests();
  }

  /** Answers stored. */
  public long stored() {
    return storedBefore + stats.fetched();
  }

  /** Of them, errors. */
  public long errors() {
    return errorsBefore + stats.errors();
  }

  /** What was cut, by rule and pattern. */
  public List<CutLog.Cut> cuts() {
    return cuts.cuts();
  }

  /** Everything needed to go on from here later. */
  public Snapshot snapshot() {
    return new Snapshot(new ArrayList<>(frontier.waiting()), frontier.seenFingerprints(), guard.spent(),
        robotsFiles, cuts.cuts(), requests(), stored(), errors());
  }

  @Override
  public void close() {
    fetcher.close();
  }
}
