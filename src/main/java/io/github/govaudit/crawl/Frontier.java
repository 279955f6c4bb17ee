package io.github.govaudit.crawl;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The URLs still to fetch, one queue per host, in the order found (breadth first), with pages to
 * revalidate ahead of the rest. Hands each fetching thread the next URL its host's politeness
 * allows: with a delay, one request at a time per host, spaced by the delay from the last answer;
 * without one, as many as there are fetching threads. Remembers every URL ever queued in a compact set. Thread-safe.
 */
final class Frontier {

  /**
   * A URL waiting to be fetched.
   *
   * @param url canonical URL
   * @param host its host
   * @param depth links from the home page
   * @param hops redirects that led here
   * @param spends the trap pattern it spends (found on a page of its own pattern), or null
   * @param revalidate a stored page to ask for again with its validators
   */
  record Queued(String url, String host, int depth, int hops, String spends, boolean revalidate)
      implements java.io.Serializable {

    /** {@code facts}' URL at {@code depth}, spending {@code spends}. */
    static Queued of(UrlFacts facts, int depth, int hops, String spends, boolean revalidate) {
      return new Queued(facts.url(), facts.host(), depth, hops, spends, revalidate);
    }
  }

  /** A URL that spends a trap budget, ordered simplest first, then as found. */
  private record Spending(Queued q, int parameters, long seq) {}

  /**
   * One host's URLs: pages to revalidate, then URLs that spend no budget (breadth first), then those
   * that do, the ones with fewest query parameters first. A list's own pages ({@code index_7.html},
   * {@code ?page=7}) thus come before its sort orders and filters, and a trap's budget is spent on
   * the trap, not shared with the real pages it hides among.
   */
  private static final class HostQueue {
    final ArrayDeque<Queued> first = new ArrayDeque<>();
    final ArrayDeque<Queued> rest = new ArrayDeque<>();
    final PriorityQueue<Spending> spending = new PriorityQueue<>(
        Comparator.comparingInt(Spending::parameters).thenComparingLong(Spending::seq));
    long delayNanos;
    long nextAt;
    int inFlight;

    HostQueue(long delayNanos) {
      this.delayNanos = delayNanos;
    }

    boolean isEmpty() {
      return first.isEmpty() && rest.isEmpty() && spending.isEmpty();
    }

    Queued poll() {
      if (!first.isEmpty()) {
        return first.poll();
      }
      return rest.isEmpty() ? spending.poll().q() : rest.poll();
    }
  }

  private final Map<String, HostQueue> hosts = new LinkedHashMap<>();
  private final UrlFingerprints seen = new UrlFingerprints();
  private final UrlFingerprints spending = new UrlFingerprints();
  private final UrlFingerprints revalidating = new UrlFingerprints();
  private final long defaultDelayNanos;
  private int queued;
  private long seq;
  private int inFlight;
  private boolean stopped;

  Frontier(long delayMs) {
    this.defaultDelayNanos = TimeUnit.MILLISECONDS.toNanos(delayMs);
  }

  /** Marks every URL of {@code urls} as known without queueing it (pages stored earlier). */
  synchronized void know(UrlFingerprints urls) {
    urls.forEachFingerprint(seen::addFingerprint);
  }

  /**
   * Queues {@code q} unless its URL was queued or known before, or {@code admit} refuses it (a URL
   * refused now may be found again later, nearer the home page). Finding a queued URL again from a
   * page of another pattern frees it from spending its pattern's budget.
   *
   * @return whether it was queued
   */
  boolean offer(Queued q, java.util.function.Predicate<Queued> admit) {
    return offer(q, UrlFingerprints.of(q.url()), admit);
  }

  /** {@link #offer(Queued, java.util.function.Predicate)} with the URL's fingerprint worked out already. */
  boolean offer(Queued q, long fingerprint, java.util.function.Predicate<Queued> admit) {
    synchronized (this) {
      if (seen.containsFingerprint(fingerprint)) {
        if (q.spends() == null) {
          spending.removeFingerprint(fingerprint);
        }
        return false;
      }
      if (!admit.test(q)) {
        return false;
      }
      seen.addFingerprint(fingerprint);
      if (q.spends() != null) {
        spending.addFingerprint(fingerprint);
      }
      enqueue(q, false);
      return true;
    }
  }

  /** Queues a known page to revalidate, ahead of new URLs, at most once per run. */
  synchronized boolean revalidate(Queued q) {
    seen.add(q.url());
    if (!revalidating.add(q.url())) {
      return false;
    }
    enqueue(q, true);
    return true;
  }

  private void enqueue(Queued q, boolean first) {
    HostQueue h = hosts.computeIfAbsent(q.host(), k -> new HostQueue(defaultDelayNanos));
    if (first) {
      h.first.add(q);
    } else if (q.spends() != null) {
      h.spending.add(new Spending(q, parameters(q.url()), seq++));
    } else {
      h.rest.add(q);
    }
    queued++;
    notifyAll();
  }

  private static int parameters(String url) {
    int q = url.indexOf('?');
    if (q < 0) {
      return 0;
    }
    int n = 1;
    for (int i = q; i < url.length(); i++) {
      n += url.charAt(i) == '&' ? 1 : 0;
    }
    return n;
  }

  /** Sets the delay between requests to {@code host} (robots.txt may ask for more than the profile). */
  synchronized void delay(String host, long delayMs) {
    hosts.computeIfAbsent(host, k -> new HostQueue(defaultDelayNanos)).delayNanos = TimeUnit.MILLISECONDS.toNanos(delayMs);
  }

  /**
   * The next URL whose host may be asked now, waiting as long as politeness needs; null once
   * nothing is queued or in flight (the crawl is over) or the frontier was stopped. The URL's
   * pattern is dropped when it was meanwhile found from elsewhere.
   */
  synchronized Queued take() throws InterruptedException {
    while (!stopped) {
      long now = System.nanoTime();
      long wait = Long.MAX_VALUE;
      for (HostQueue h : hosts.values()) {
        if (h.isEmpty() || h.delayNanos > 0 && h.inFlight > 0) {
          continue;
        }
        if (h.nextAt - now <= 0) {
          return handOut(h);
        }
        wait = Math.min(wait, h.nextAt - now);
      }
      if (queued == 0 && inFlight == 0) {
        notifyAll();
        return null;
      }
      if (wait == Long.MAX_VALUE) {
        wait();
      } else {
        TimeUnit.NANOSECONDS.timedWait(this, wait);
      }
    }
    return null;
  }

  private Queued handOut(HostQueue h) {
    Queued q = h.poll();
    h.inFlight++;
    queued--;
    inFlight++;
    if (q.spends() != null && !spending.remove(q.url())) {
      return new Queued(q.url(), q.host(), q.depth(), q.hops(), null, q.revalidate());
    }
    return q;
  }

  /**
   * Called once the request for {@code q} (taken with {@link #take()}) is answered, or was not
   * made: its host may be asked again once the delay has passed.
   */
  synchronized void answered(Queued q) {
    HostQueue h = hosts.get(q.host());
    h.inFlight--;
    h.nextAt = System.nanoTime() + h.delayNanos;
    notifyAll();
  }

  /**
   * Called after {@link #answered} once the answer to {@code q} is dealt with (its links queued):
   * until then the crawl is not over, even with nothing queued.
   */
  synchronized void finished(Queued q) {
    inFlight--;
    notifyAll();
  }

  /** {@link #answered} and {@link #finished} at once, for a URL dealt with where it was asked. */
  synchronized void done(Queued q) {
    answered(q);
    finished(q);
  }

  /** Hands out nothing more: workers finish the URL in hand and end. */
  synchronized void stop() {
    stopped = true;
    notifyAll();
  }

  /**
   * The next URL, whichever host may be asked, without waiting: for a crawl whose caller paces the
   * requests itself (one at a time, a timer between them); null when nothing is queued.
   */
  synchronized Queued poll() {
    for (HostQueue h : hosts.values()) {
      if (!h.isEmpty()) {
        return handOut(h);
      }
    }
    return null;
  }

  /** The delay between requests to {@code host}: the profile's, or what its robots.txt asked for. */
  synchronized long delayMs(String host) {
    HostQueue h = hosts.get(host);
    return TimeUnit.NANOSECONDS.toMillis(h == null ? defaultDelayNanos : h.delayNanos);
  }

  /** The URLs waiting, in the order they would be handed out per host (for a snapshot). */
  synchronized java.util.List<Queued> waiting() {
    java.util.List<Queued> all = new java.util.ArrayList<>();
    for (HostQueue h : hosts.values()) {
      all.addAll(h.first);
      all.addAll(h.rest);
      h.spending.stream().sorted(Comparator.comparingInt(Spending::parameters).thenComparingLong(Spending::seq))
          .forEach(sp -> all.add(sp.q()));
    }
    return all;
  }

  /** Every fingerprint of a URL ever queued or known (for a snapshot). */
  synchronized long[] seenFingerprints() {
    long[] all = new long[seen.size()];
    int[] i = {0};
    seen.forEachFingerprint(f -> all[i[0]++] = f);
    return all;
  }

  /** Restores a snapshot: {@code known} as queued before, {@code waiting} queued again in order. */
  synchronized void restore(long[] known, java.util.List<Queued> waiting) {
    for (long f : known) {
      seen.addFingerprint(f);
    }
    for (Queued q : waiting) {
      seen.add(q.url());
      if (q.spends() != null) {
        spending.add(q.url());
      }
      enqueue(q, q.revalidate());
    }
  }

  /** URLs waiting. */
  synchronized int queued() {
    return queued;
  }
}
