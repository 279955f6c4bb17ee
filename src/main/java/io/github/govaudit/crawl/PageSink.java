package io.github.govaudit.crawl;

import java.time.Instant;

/** Where the crawler hands every response it receives; the page store implements it. Thread-safe. */
public interface PageSink {

  /** Keeps {@code page}, replacing any stored copy of its URL. */
  void accept(FetchedPage page);

  /** Records that the stored copy of {@code url} was checked at {@code when} and has not changed (HTTP 304). */
  void unchanged(String url, Instant when);
}
