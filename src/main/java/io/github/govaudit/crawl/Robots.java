package io.github.govaudit.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The robots.txt of each host govaudit meets, read once at first contact: which URLs it may ask
 * for, and the {@code Crawl-delay} the host asks for. The crawl reads it with its fetcher, the link
 * checker with its own client ({@link Source}). Thread-safe.
 */
public final class Robots {

  /**
   * One answer to a request for a robots.txt.
   *
   * @param status HTTP status, 0 when no answer came
   * @param body the body (2xx), up to the robots file limit
   * @param location the Location header of a redirect, or empty
   */
  public record Reply(int status, byte[] body, String location) {}

  /** Asks a host for one file (redirects not followed). */
  @FunctionalInterface
  public interface Source {
    /** The answer to a GET of {@code url}, reading at most {@code maxBytes} of its body. */
    Reply get(String url, int maxBytes);
  }

  /** A site may ask for a long delay; beyond this the crawl would never end, so it is capped. */
  static final long MAX_DELAY_MS = 60_000;

  /** robots.txt is small; more than this is not a robots file. */
  private static final int MAX_ROBOTS_BYTES = 512 * 1024;

  /** Redirects of robots.txt followed within its own host (http → https, a trailing path). */
  private static final int MAX_REDIRECTS = 3;

  private static final String AGENT = "govaudit";

  private final Source source;
  private final Map<String, BaseRobotRules> byOrigin = new ConcurrentHashMap<>();

  Robots(Fetcher fetcher) {
    this((url, maxBytes) -> {
      Fetcher.Answer a = fetcher.getFile(url, maxBytes);
      return new Reply(a.status(), a.body(), a.location());
    });
  }

  /** Reads each host's robots.txt from {@code source}. */
  public Robots(Source source) {
    this.source = source;
  }

  /** Whether robots.txt lets govaudit fetch {@code url}. */
  public boolean allows(String url) {
    return rules(url).isAllowed(url);
  }

  /** The Crawl-delay {@code url}'s host asks for in milliseconds (capped), or 0. */
  long crawlDelayMs(String url) {
    long delay = rules(url).getCrawlDelay();
    return delay == BaseRobotRules.UNSET_CRAWL_DELAY || delay <= 0 ? 0 : Math.min(delay, MAX_DELAY_MS);
  }

  /** Whether the robots.txt of {@code url}'s host has been read already. */
  boolean known(String url) {
    return byOrigin.containsKey(origin(url));
  }

  private BaseRobotRules rules(String url) {
    return byOrigin.computeIfAbsent(origin(url), this::read);
  }

  private BaseRobotRules read(String origin) {
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE, 5); // capped by us, not refused
    String url = origin + "/robots.txt";
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      Reply a = source.get(url, MAX_ROBOTS_BYTES);
      if (a.status() >= 300 && a.status() < 400 && !a.location().isEmpty()) {
        String next = resolve(url, a.location());
        if (next == null || !origin(next).equals(origin)) {
          break; // robots.txt is read from the site's own host only
        }
        url = next;
        continue;
      }
      if (a.status() >= 200 && a.status() < 300) {
        return parser.parseContent(url, a.body(), "text/plain", List.of(AGENT));
      }
      return a.status() == 0 ? parser.failedFetch(404) : parser.failedFetch(a.status());
    }
    return parser.failedFetch(404);
  }

  private static String resolve(String base, String location) {
    try {
      return URI.create(base).resolve(location.strip()).toString();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** {@code scheme://host[:port]} of an http(s) URL, lower-cased. */
  public static String origin(String url) {
    int start = url.indexOf("://") + 3;
    int end = start;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    return url.substring(0, end).toLowerCase(Locale.ROOT);
  }
}
