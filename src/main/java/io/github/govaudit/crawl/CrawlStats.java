package io.github.govaudit.crawl;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** Live counters of one crawl run, read by the progress display while crawler threads update them. */
public final class CrawlStats {

  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong fetched = new AtomicLong();
  private final AtomicLong errors = new AtomicLong();
  private final AtomicLong notModified = new AtomicLong();
  private final AtomicLong changed = new AtomicLong();
  private volatile LongSupplier queue = () -> 0;

  void requested() {
    requests.incrementAndGet();
  }

  void fetched(boolean error) {
    fetched.incrementAndGet();
    if (error) {
      errors.incrementAndGet();
    }
  }

  void countNotModified() {
    notModified.incrementAndGet();
  }

  void countChanged() {
    changed.incrementAndGet();
  }

  void queueFrom(LongSupplier queueLength) {
    this.queue = queueLength;
  }

  /** HTTP requests made in this run (robots.txt excluded). */
  public long requests() {
    return requests.get();
  }

  /** Responses stored in this run (pages and errors). */
  public long fetched() {
    return fetched.get();
  }

  /** Responses that were errors: no answer, or a 4xx/5xx status. */
  public long errors() {
    return errors.get();
  }

  /** Stored pages asked for again that had not changed (HTTP 304). */
  public long notModified() {
    return notModified.get();
  }

  /** Stored pages asked for again that came back changed. */
  public long changed() {
    return changed.get();
  }

  /** URLs waiting in the frontier. */
  public long queued() {
    return queue.getAsLong();
  }
}
