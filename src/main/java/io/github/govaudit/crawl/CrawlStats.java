package io.github.govaudit.crawl;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** Live counters of one crawl run, read by the progress display while crawler threads update them. */
public final class CrawlStats {

  private final AtomicLong fetched = new AtomicLong();
  private final AtomicLong errors = new AtomicLong();
  private volatile LongSupplier queue = () -> 0;

  void fetched(boolean error) {
    fetched.incrementAndGet();
    if (error) {
      errors.incrementAndGet();
    }
  }

  void queueFrom(LongSupplier queueLength) {
    this.queue = queueLength;
  }

  /** Responses received in this run (pages and errors). */
  public long fetched() {
    return fetched.get();
  }

  /** Responses that were errors: no answer, 4xx/5xx, or too large. */
  public long errors() {
    return errors.get();
  }

  /** URLs waiting in the frontier. */
  public long queued() {
    try {
      return queue.getAsLong();
    } catch (RuntimeException e) {
      return 0; // the frontier is closed once the crawl ends
    }
  }
}
