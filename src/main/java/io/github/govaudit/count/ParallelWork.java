package io.github.govaudit.count;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks on every core while the caller keeps reading, holding at most a few tasks per core
 * in memory (each holds a page body). Closing waits for all of them; a task that failed fails the
 * close with its own exception.
 */
final class ParallelWork implements AutoCloseable {

  /** Tasks waiting or running per core: enough to keep the cores busy, few enough to keep memory flat. */
  private static final int IN_FLIGHT_PER_CORE = 16;

  private final int threads = Runtime.getRuntime().availableProcessors();
  private final ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
    Thread t = new Thread(r, "govaudit-read");
    t.setDaemon(true);
    return t;
  });
  private final Semaphore slots = new Semaphore(threads * IN_FLIGHT_PER_CORE);
  private volatile RuntimeException failure;

  /** Runs {@code task} on a worker, waiting first while too many are in flight. */
  void submit(Runnable task) {
    slots.acquireUninterruptibly();
    pool.execute(() -> {
      try {
        task.run();
      } catch (RuntimeException e) {
        failure = e;
      } finally {
        slots.release();
      }
    });
  }

  @Override
  public void close() {
    pool.shutdown();
    try {
      while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
        // still working
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
    if (failure != null) {
      throw failure;
    }
  }
}
