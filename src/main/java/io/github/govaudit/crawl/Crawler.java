package io.github.govaudit.crawl;

import io.github.govaudit.crawl.Frontier.Queued;
import io.github.govaudit.profile.CrawlProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Crawls one site: an OkHttp fetch loop over an in-memory frontier, within the profile's hosts
 * and limits, obeying robots.txt, keeping out of traps, handing every response to a {@link
 * PageSink}. Each HTML page is parsed once, with jsoup, for its links and its meaning. Where to
 * start (what is stored already, what to revalidate) comes from a {@link CrawlPlan}.
 */
public final class Crawler {

  private final CrawlProfile profile;
  private final Understanding understanding;
  private final PageSink sink;
  private final UrlNormalizer normalizer;
  private final Consumer<String> notices;
  private final CrawlStats stats = new CrawlStats();
  private final CutLog cuts = new CutLog();
  private final TrapGuard guard;
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
  private volatile Frontier frontier;
  private volatile boolean stopRequested;
  private volatile boolean limitReached;

  /**
   * @param understanding reads each HTML page for revealed links and its analysis
   * @param notices receives one-line messages for the person running the crawl
   */
  public Crawler(CrawlProfile profile, Understanding understanding, PageSink sink, UrlNormalizer normalizer,
      Consumer<String> notices) {
    this.profile = profile;
    this.understanding = understanding;
    this.sink = sink;
    this.normalizer = normalizer;
    this.notices = notices;
    this.guard = new TrapGuard(profile.limits(), cuts);
  }

  /** Live counters for a progress display. */
  public CrawlStats stats() {
    return stats;
  }

  /** What was cut so far, by rule and pattern. */
  public CutLog cuts() {
    return cuts;
  }

  /** What the trap patterns have spent so far (kept with the store, for the next run). */
  public List<TrapGuard.Spent> spent() {
    return guard.spent();
  }

  /** Crawls until nothing is left to fetch, the page limit is reached, or {@link #stop()} is called. */
  public void run(CrawlPlan plan) throws CrawlException {
    guard.restore(plan.spent());
    Frontier f = new Frontier(profile.politeness().delayMs());
    f.know(plan.done());
    f.know(plan.stale());
    HostScope scope = new HostScope(profile);
    UrlBook book = new UrlBook(normalizer, scope, cuts);
    seed(f, plan, scope, book);
    stats.queueFrom(f::queued);
    frontier = f;
    if (stopRequested) {
      f.stop();
    }
    try (Fetcher fetcher = new Fetcher(profile.politeness().userAgent(), profile.limits().maxPageBytes(),
        profile.politeness().threads())) {
      int readers = Math.max(1, Math.min(profile.politeness().threads(), Runtime.getRuntime().availableProcessors()));
      BlockingQueue<Answered> answers = new ArrayBlockingQueue<>(2 * readers);
      Visit.Parts parts = new Visit.Parts(fetcher, new Robots(fetcher), guard, cuts, f, scope, understanding,
          new PageLinks(book), new FailSafeSink(), stats, plan, profile.politeness().delayMs(), notices,
          hurry(answers));
      runWorkers(f, parts, readers, answers);
    } finally {
      frontier = null;
    }
    RuntimeException failed = failure.get();
    if (failed != null) {
      throw new CrawlException(failed instanceof IllegalStateException ? "the crawl stopped: " + failed.getMessage()
          : "pages could not be stored, so the crawl stopped: " + failed.getMessage(), failed);
    }
  }

  private void seed(Frontier f, CrawlPlan plan, HostScope scope, UrlBook book) {
    for (Seed s : plan.revalidate()) {
      UrlFacts u = book.facts(s.url());
      if (u != null) {
        f.revalidate(Queued.of(u, s.depth(), 0, null, true));
      }
    }
    UrlFacts home = book.facts(plan.home());
    if (home != null && scope.isOnSite(home.url()) && !plan.done().contains(home.url())
        && !plan.stale().contains(home.url())) {
      f.offer(Queued.of(home, 0, 0, null, false), q -> true);
    }
    for (Seed s : plan.seeds()) {
      UrlFacts u = book.facts(s.url());
      if (u != null && u.fetchable()) {
        String spends = s.foundOn() == null ? null : u.spendsOn(UrlPattern.familyOf(s.foundOn()));
        f.offer(Queued.of(u, s.depth(), 0, spends, false), q -> guard.admits(q.url(), q.depth()));
      }
    }
  }

  /**
   * Runs the crawl on two sets of threads: as many fetching threads as the profile's {@code
   * threads} (its requests at a time), each asking for the next URL the frontier allows and handing
   * the answer on, and as many reading threads (no more than the cores) that parse, understand,
   * store and follow each answer. A fetching thread thus never waits for a parse, nor a reading
   * thread for the network; a short queue between them keeps memory flat.
   */
  private void runWorkers(Frontier f, Visit.Parts parts, int readers, BlockingQueue<Answered> answers)
      throws CrawlException {
    UrlFingerprints redirecting = new UrlFingerprints();
    java.util.concurrent.Semaphore bigPages = new java.util.concurrent.Semaphore(1);
    AtomicLong handedOut = new AtomicLong();
    int requests = profile.politeness().threads();
    List<Thread> fetching = start(requests, "govaudit-fetch-",
        () -> fetch(f, new Visit(parts, redirecting, bigPages), handedOut, answers));
    List<Thread> reading = start(readers, "govaudit-crawl-",
        () -> read(f, new Visit(parts, redirecting, bigPages), answers));
    try {
      join(fetching);
      for (int i = 0; i < readers; i++) {
        answers.put(Answered.END);
      }
      join(reading);
    } catch (InterruptedException e) {
      f.stop();
      Thread.currentThread().interrupt();
      throw new CrawlException("crawl interrupted", e);
    }
  }

  /**
   * Whether reading must hurry, taking only what the crawl needs of a page and leaving its analysis to
   * the report: when answers wait for a reading thread, or the machine has no core to spare.
   */
  private static java.util.function.BooleanSupplier hurry(BlockingQueue<Answered> answers) {
    BusyCores busy = BusyCores.ofThisMachine();
    return () -> !answers.isEmpty() || busy.getAsBoolean();
  }

  /** An answer on its way from a fetching thread to a reading thread. */
  private record Answered(Queued q, Fetcher.Answer answer) {
    static final Answered END = new Answered(null, null);
  }

  private static List<Thread> start(int count, String name, Runnable loop) {
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Thread t = new Thread(loop, name + (i + 1));
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    return threads;
  }

  private static void join(List<Thread> threads) throws InterruptedException {
    for (Thread t : threads) {
      t.join();
    }
  }

  /** A fetching thread: asks for each URL the frontier hands out and passes the answer on. */
  private void fetch(Frontier f, Visit visit, AtomicLong handedOut, BlockingQueue<Answered> answers) {
    int maxPages = profile.limits().maxPages();
    try {
      Queued q;
      while ((q = f.take()) != null) {
        if (maxPages > 0 && handedOut.incrementAndGet() > maxPages) {
          f.done(q); // left for the next run: the page that links it is stored
          limitReached = true;
          f.stop();
          break;
        }
        Optional<Fetcher.Answer> answer = ask(visit, q);
        f.answered(q);
        if (answer.isPresent()) {
          answers.put(new Answered(q, answer.get()));
        } else {
          f.finished(q);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Optional<Fetcher.Answer> ask(Visit visit, Queued q) {
    try {
      return visit.ask(q);
    } catch (RuntimeException e) {
      recordFailure(q, e);
    } catch (OutOfMemoryError e) {
      outOfMemory(q, e);
    }
    return Optional.empty();
  }

  /** A reading thread: deals with each answer until the fetching threads are done. */
  private void read(Frontier f, Visit visit, BlockingQueue<Answered> answers) {
    try {
      for (Answered a = answers.take(); a != Answered.END; a = answers.take()) {
        try {
          visit.handle(a.q(), a.answer());
        } catch (RuntimeException e) {
          recordFailure(a.q(), e);
        } catch (StackOverflowError e) { // a reading thread must not die: the fetching threads wait on it
          recordFailure(a.q(), new IllegalStateException("its markup is nested too deeply", e));
        } catch (OutOfMemoryError e) {
          outOfMemory(a.q(), e);
        } finally {
          f.finished(a.q());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void outOfMemory(Queued q, OutOfMemoryError e) {
    fatal(new IllegalStateException("out of memory on " + q.url()
        + "; give Java more (GOVAUDIT_JAVA_OPTS=-Xmx2g) or lower max_page_bytes", e));
  }

  /** A failure no page should survive: the crawl stops, keeping what it has, and says why. */
  private void fatal(RuntimeException e) {
    if (failure.compareAndSet(null, e)) {
      stop();
    }
  }

  /** One odd page must not stop the crawl: it is stored as not processed (and retried on resume). */
  private void recordFailure(Queued q, RuntimeException e) {
    if (failure.get() != null) {
      return; // the store failed: the crawl is stopping
    }
    try {
      sink.accept(FetchedPage.failed(q.url(), 0, "", q.depth(), "could not process: " + e.getMessage()));
    } catch (RuntimeException storeFailed) {
      if (failure.compareAndSet(null, storeFailed)) {
        stop();
      }
    }
  }

  /** Whether {@link #stop()} was called: the crawl did not run to its end. */
  public boolean stopRequested() {
    return stopRequested;
  }

  /** Whether the run stopped at the profile's {@code max_pages} with URLs still to visit. */
  public boolean limitReached() {
    return limitReached;
  }

  /** Asks a running crawl to stop after the pages in flight; {@link #run} then returns. */
  public void stop() {
    stopRequested = true;
    Frontier f = frontier;
    if (f != null) {
      f.stop();
    }
  }

  /** The sink, stopping the crawl at its first failure: fetching on without storing would lose pages. */
  private final class FailSafeSink implements PageSink {
    @Override
    public void accept(FetchedPage page) {
      try {
        sink.accept(page);
      } catch (RuntimeException e) {
        failed(e);
        throw e;
      }
    }

    @Override
    public void unchanged(String url, java.time.Instant when) {
      try {
        sink.unchanged(url, when);
      } catch (RuntimeException e) {
        failed(e);
        throw e;
      }
    }

    private void failed(RuntimeException e) {
      if (failure.compareAndSet(null, e)) {
        stop();
      }
    }
  }
}
