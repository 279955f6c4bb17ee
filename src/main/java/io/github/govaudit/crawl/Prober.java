package io.github.govaudit.crawl;

import io.github.govaudit.profile.CrawlProfile;
import java.net.URI;

/**
 * Asks a site for single URLs beside the crawl (a search query, a language version, a toolbar
 * script) as politely as the crawl does: only on the hosts the profile allows, as robots.txt
 * permits, with the profile's User-Agent and its delay between two requests, following redirects
 * within those hosts. Not thread-safe: one prober asks one thing at a time.
 */
public final class Prober implements AutoCloseable {

  /** A probe reads at most this much of an answer: enough for a results page or a script. */
  private static final int MAX_BYTES = 2 * 1024 * 1024;

  private static final int MAX_REDIRECTS = 5;

  /**
   * What came back, or why nothing was asked.
   *
   * @param url the URL that gave the final answer (after redirects)
   * @param status HTTP status, 0 when no answer came or nothing was asked
   * @param contentType the Content-Type header, or empty
   * @param body the body (2xx only), up to the probe's limit
   * @param refused why the URL was not asked (outside the allowed hosts, robots.txt), else empty
   * @param error why no answer came, else empty
   */
  public record Answer(String url, int status, String contentType, byte[] body, String refused, String error) {

    /** Whether the answer is a success with a body. */
    public boolean ok() {
      return status >= 200 && status < 300 && body.length > 0;
    }

    static Answer refused(String url, String why) {
      return new Answer(url, 0, "", new byte[0], why, "");
    }
  }

  private final HostScope scope;
  private final Fetcher fetcher;
  private final Robots robots;
  private final long delayMs;
  private long lastAsked;

  public Prober(CrawlProfile profile) {
    this.scope = new HostScope(profile);
    this.fetcher = new Fetcher(profile.politeness().userAgent(), MAX_BYTES, 1);
    this.robots = new Robots(fetcher);
    this.delayMs = profile.politeness().delayMs();
    this.lastAsked = System.currentTimeMillis(); // probes follow a crawl's last request: the delay holds there too
  }

  /** Asks for {@code url} with GET, following redirects within the allowed hosts. */
  public Answer get(String url) {
    String at = url;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      if (!scope.mayAsk(at)) {
        return Answer.refused(at, "outside the hosts the profile allows");
      }
      String origin = at;
      if (!robots.known(origin)) {
        paced(() -> robots.allows(origin)); // reading robots.txt is a request to the host too
      }
      if (!robots.allows(at)) {
        return Answer.refused(at, "robots.txt disallows it");
      }
      Fetcher.Answer a = ask(at);
      if (a.status() >= 300 && a.status() < 400 && !a.location().isEmpty()) {
        try {
          at = URI.create(at).resolve(a.location().strip()).toString();
        } catch (IllegalArgumentException e) {
          return new Answer(at, a.status(), a.contentType(), new byte[0], "", "a redirect to an invalid URL");
        }
        continue;
      }
      return new Answer(at, a.status(), a.contentType(), a.body(), "", a.error());
    }
    return new Answer(at, 0, "", new byte[0], "", "more than " + MAX_REDIRECTS + " redirects");
  }

  private Fetcher.Answer ask(String url) {
    Fetcher.Answer a = paced(() -> fetcher.getFile(url, MAX_BYTES));
    return a == null ? Fetcher.Answer.failed("interrupted") : a;
  }

  /** Makes one request to the site, the delay after the last one; null when interrupted while waiting. */
  private <T> T paced(java.util.function.Supplier<T> request) {
    long wait = lastAsked + delayMs - System.currentTimeMillis();
    if (wait > 0) {
      try {
        Thread.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    try {
      return request.get();
    } finally {
      lastAsked = System.currentTimeMillis();
    }
  }

  @Override
  public void close() {
    fetcher.close();
  }
}
