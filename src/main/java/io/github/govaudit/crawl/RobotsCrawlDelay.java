package io.github.govaudit.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.OptionalLong;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Reads the {@code Crawl-delay} a site's robots.txt asks of govaudit, so the crawl can wait at
 * least that long between requests (crawler4j obeys Allow/Disallow but not Crawl-delay).
 */
public final class RobotsCrawlDelay {

  /** A site may ask for a long delay; beyond this the crawl would never end, so it is capped. */
  static final long MAX_DELAY_MS = 60_000;

  /** robots.txt is small; more than this is not a robots file. */
  private static final long MAX_ROBOTS_BYTES = 512 * 1024;

  /** Redirects are not followed: robots.txt is read from the site's own host only. */
  private final OkHttpClient client = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(15))
      .followRedirects(false).followSslRedirects(false).build();

  /**
   * The delay robots.txt of {@code home}'s host asks for, in milliseconds, or empty when it asks
   * for none (or cannot be read: then crawler4j's own robots handling decides).
   */
  public OptionalLong of(URI home, String userAgent) {
    String robots = home.resolve("/robots.txt").toString();
    Request request = new Request.Builder().url(robots).header("User-Agent", userAgent).build();
    try (Response r = client.newCall(request).execute()) {
      if (!r.isSuccessful() || r.body() == null) {
        return OptionalLong.empty();
      }
      BaseRobotRules rules = new SimpleRobotRulesParser()
          .parseContent(robots, r.body().byteStream().readNBytes((int) MAX_ROBOTS_BYTES), "text/plain", "govaudit");
      long delay = rules.getCrawlDelay();
      return delay == BaseRobotRules.UNSET_CRAWL_DELAY || delay <= 0
          ? OptionalLong.empty() : OptionalLong.of(Math.min(delay, MAX_DELAY_MS));
    } catch (IOException | IllegalArgumentException e) {
      return OptionalLong.empty();
    } finally {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }
}
