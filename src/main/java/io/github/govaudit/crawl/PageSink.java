package io.github.govaudit.crawl;

/** Where the crawler hands every response it receives; the page store implements it. */
public interface PageSink {

  /** Keeps {@code page} durably; called from several crawler threads at once. */
  void accept(FetchedPage page);
}
