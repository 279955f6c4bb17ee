package io.github.govaudit.inspect;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The robots.txt of each host a link points to, read once (as the crawl does): a link its robots.txt
 * forbids govaudit is not asked for and stays unverified.
 */
final class RobotsRules {

  private static final String AGENT = "govaudit";

  private final HttpProbe http;
  private final Map<String, BaseRobotRules> byOrigin = new ConcurrentHashMap<>();

  RobotsRules(HttpProbe http) {
    this.http = http;
  }

  boolean allows(String url) {
    return byOrigin.computeIfAbsent(origin(url), this::read).isAllowed(url);
  }

  private BaseRobotRules read(String origin) {
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    Answer a = http.get(origin + "/robots.txt");
    if (a.status() >= 200 && a.status() < 300) {
      return parser.parseContent(origin + "/robots.txt", a.body().getBytes(StandardCharsets.UTF_8), "text/plain",
          List.of(AGENT));
    }
    return parser.failedFetch(a.status() == 0 ? 404 : a.status());
  }

  static String origin(String url) {
    int start = url.indexOf("://") + 3;
    int end = start;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    return url.substring(0, end).toLowerCase(Locale.ROOT);
  }
}
