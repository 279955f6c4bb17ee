package io.github.govaudit.inspect;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Politeness per host: at most {@code concurrency} requests to one host at once, and at least
 * {@code delayMs} between the starts of two of them. Thread-safe.
 */
final class HostGate {

  /** One host's permits and the earliest time its next request may start. */
  private static final class Host {
    final Semaphore permits;
    long nextStart;

    Host(int concurrency) {
      permits = new Semaphore(concurrency, true);
    }
  }

  private final int concurrency;
  private final long delayMs;
  private final Map<String, Host> hosts = new ConcurrentHashMap<>();

  HostGate(int concurrency, long delayMs) {
    this.concurrency = Math.max(1, concurrency);
    this.delayMs = Math.max(0, delayMs);
  }

  /** Waits for {@code host}'s turn; call {@link #leave} after the request. */
  void enter(String host) throws InterruptedException {
    Host h = hosts.computeIfAbsent(host, k -> new Host(concurrency));
    h.permits.acquire();
    long wait;
    synchronized (h) {
      long now = System.currentTimeMillis();
      long start = Math.max(now, h.nextStart);
      h.nextStart = start + delayMs;
      wait = start - now;
    }
    if (wait > 0) {
      try {
        Thread.sleep(wait);
      } catch (InterruptedException e) {
        h.permits.release();
        throw e;
      }
    }
  }

  void leave(String host) {
    hosts.get(host).permits.release();
  }
}
