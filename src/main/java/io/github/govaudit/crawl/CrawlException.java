package io.github.govaudit.crawl;

/** A crawl that could not start or run, with a message a person can act on. */
public final class CrawlException extends Exception {
  public CrawlException(String message, Throwable cause) {
    super(message, cause);
  }
}
