package io.github.govaudit.inspect;

import io.github.govaudit.crawl.HostScope;
import io.github.govaudit.crawl.Robots;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Checks link targets politely (criteria B1): robots.txt obeyed, a few requests per host at once with
 * a pause between them, HEAD first and GET when HEAD is refused or the answer is a page (to see soft
 * 404s and challenges), redirects followed hop by hop and reported as a chain, retries with backoff on
 * 429, 5xx and timeouts honouring Retry-After. Anti-bot answers (401/403/412/429/521, 202 or a
 * challenge page) are {@code unverified}, never broken; so is a timeout.
 */
public final class LinkChecker implements AutoCloseable {

  /** The reason of a target whose host has no address. */
  public static final String DNS_FAILURE = "host not found (DNS)";

  private final Ruleset.LinkPolicy policy;
  private final HttpProbe http;
  private final HostGate gate;
  private final Robots robots;

  public LinkChecker(Ruleset.LinkPolicy policy, String userAgent) {
    this.policy = policy;
    this.http = new HttpProbe(Duration.ofMillis(Math.round(policy.timeoutSeconds() * 1000)), userAgent);
    this.gate = new HostGate(policy.perHostConcurrency(), policy.delayMs());
    this.robots = new Robots((url, maxBytes) -> {
      Answer a = http.get(url);
      return new Robots.Reply(a.status(), a.body().getBytes(StandardCharsets.UTF_8), a.location());
    });
  }

  /** Checks every URL of {@code urls}, {@code policy.threads()} at once; the results by URL. */
  public Map<String, LinkResult> checkAll(Collection<String> urls) {
    Map<String, LinkResult> out = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, policy.threads()), r -> {
      Thread t = new Thread(r, "govaudit-links");
      t.setDaemon(true);
      return t;
    });
    try {
      for (String u : urls) {
        pool.submit(() -> out.put(u, check(u)));
      }
      pool.shutdown();
      if (!pool.awaitTermination(1, TimeUnit.DAYS)) {
        throw new IllegalStateException("link checks did not end");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking links", e);
    } finally {
      pool.shutdownNow();
    }
    return out;
  }

  /** Whether {@code url} is a third-party widget's (党政机关 badge, 找错 entry): not checked. */
  public boolean skipped(String url) {
    String host = HostScope.hostOf(url);
    return host == null || policy.skipHosts().stream().anyMatch(h -> host.equals(h) || host.endsWith("." + h));
  }

  /** Checks one target, following its redirects. */
  public LinkResult check(String url) {
    if (skipped(url)) {
      return result(url, LinkOutcome.SKIPPED, "third-party widget or not http(s)", List.of(), 0);
    }
    List<String> chain = new ArrayList<>();
    String current = url;
    try {
      for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
        if (!allowed(current)) {
          return result(url, LinkOutcome.UNVERIFIED, "robots.txt disallows " + current, chain, 0);
        }
        Tried t = withRetries(current);
        Answer a = t.answer();
        chain.add((a.status() == 0 ? a.failure() : Integer.toString(a.status())) + " " + current);
        if (a.isRedirect() && !a.location().isBlank()) {
          String next = resolve(current, a.location());
          if (next == null) {
            return result(url, LinkOutcome.BROKEN, "redirect to an invalid Location", chain, t.attempts());
          }
          current = next;
          continue;
        }
        return classify(url, a, t.attempts(), chain);
      }
      return result(url, LinkOutcome.BROKEN, "more than " + policy.maxRedirects() + " redirects", chain, 0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return result(url, LinkOutcome.UNVERIFIED, "interrupted", chain, 0);
    }
  }

  private boolean allowed(String url) throws InterruptedException {
    String host = Robots.origin(url);
    gate.enter(host);
    try {
      return robots.allows(url);
    } finally {
      gate.leave(host);
    }
  }

  /** The last answer for one URL and how many requests it took. */
  private record Tried(Answer answer, int attempts) {}

  private Tried withRetries(String url) throws InterruptedException {
    Answer a = null;
    for (int attempt = 1; ; attempt++) {
      a = once(url);
      if (!retryable(a) || attempt > policy.retries()) {
        return new Tried(a, attempt);
      }
      long wait = retryAfterMs(a.retryAfter()).orElse(policy.backoffMs() << (attempt - 1));
      if (wait > policy.maxRetryAfterSeconds() * 1000) {
        return new Tried(a, attempt); // asked to come back later than we wait: unverified
      }
      Thread.sleep(wait);
    }
  }

  private static boolean retryable(Answer a) {
    return a.failure().equals("timeout") || a.status() == 429 || a.status() >= 500 && a.status() != 501;
  }

  /** HEAD, then GET when HEAD is refused or the answer is a page. */
  private Answer once(String url) throws InterruptedException {
    String host = Robots.origin(url);
    gate.enter(host);
    try {
      Answer head = http.head(url);
      boolean headEnough = head.status() != 0 && head.isRedirect()
          || head.status() >= 200 && head.status() < 300 && !head.isHtml() && !head.contentType().isEmpty()
          || head.status() == 0 && !head.failure().startsWith("io");
      if (headEnough || head.status() == 429 || head.status() == 503) { // "come back later": retried, not doubled
        return head;
      }
    } finally {
      gate.leave(host);
    }
    gate.enter(host);
    try {
      return http.get(url);
    } finally {
      gate.leave(host);
    }
  }

  private LinkResult classify(String url, Answer a, int attempts, List<String> chain) {
    int s = a.status();
    String after = attempts > 1 ? " after " + attempts + " attempts" : "";
    if (s == 0) {
      return switch (a.failure()) {
        case "dns" -> result(url, LinkOutcome.BROKEN, DNS_FAILURE, chain, attempts);
        case "refused" -> result(url, LinkOutcome.BROKEN, "connection refused", chain, attempts);
        case "timeout" -> result(url, LinkOutcome.UNVERIFIED, "timeout" + after, chain, attempts);
        default -> result(url, LinkOutcome.UNVERIFIED, a.failure(), chain, attempts);
      };
    }
    if (s == 202 || (s >= 200 && s < 300 || s == 403 || s == 412) && PageSigns.isChallenge(a.body())) {
      return result(url, LinkOutcome.UNVERIFIED, "anti-bot challenge (http " + s + ")", chain, attempts);
    }
    if (s >= 200 && s < 300) {
      if (a.isHtml() && PageSigns.isSoftNotFound(a.body())) {
        return result(url, LinkOutcome.BROKEN, "soft 404 (http " + s + " page saying not found)", chain, attempts);
      }
      return result(url, chain.size() > 1 ? LinkOutcome.REDIRECT : LinkOutcome.OK, "http " + s, chain, attempts);
    }
    if (s == 401 || s == 403 || s == 407 || s == 412 || s == 429 || s == 451 || s == 521 || s == 999) {
      return result(url, LinkOutcome.UNVERIFIED, "blocked (http " + s + ")" + after, chain, attempts);
    }
    if (s >= 500) {
      return result(url, attempts > 1 ? LinkOutcome.BROKEN : LinkOutcome.UNVERIFIED, "http " + s + after, chain, attempts);
    }
    if (s >= 300 && s < 400) {
      return result(url, LinkOutcome.BROKEN, "http " + s + " without Location", chain, attempts);
    }
    return result(url, LinkOutcome.BROKEN, "http " + s, chain, attempts);
  }

  private static LinkResult result(String url, LinkOutcome o, String reason, List<String> chain, int attempts) {
    return new LinkResult(url, o, reason, chain, attempts, Instant.now().toString(), "live");
  }

  /** Retry-After as seconds or an HTTP date, in milliseconds from now. */
  static java.util.Optional<Long> retryAfterMs(String header) {
    String h = header == null ? "" : header.strip();
    if (h.isEmpty()) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(Math.max(0, Long.parseLong(h)) * 1000);
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime when = ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT));
        return java.util.Optional.of(Math.max(0, Duration.between(Instant.now(), when.toInstant()).toMillis()));
      } catch (RuntimeException unreadable) {
        return java.util.Optional.empty(); // an unreadable header: back off as if none was given
      }
    }
  }

  private static String resolve(String base, String location) {
    try {
      String r = URI.create(base).resolve(location.strip().replace(" ", "%20")).toString();
      return r.startsWith("http://") || r.startsWith("https://") ? r : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  @Override
  public void close() {
    http.close();
  }
}
