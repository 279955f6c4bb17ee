package io.github.govaudit.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the store remembers about the crawls that filled it, saved atomically with the pages.
 *
 * @param name the site's name from the profile (may be empty)
 * @param home the home page URL
 * @param allowedHosts the hosts the crawl was allowed to fetch
 * @param year the report year from the profile, or 0
 * @param started when the first run into this store began (ISO-8601)
 * @param finished when the last run ended normally, or empty when it was interrupted or is running
 * @param profile the absolute path of the profile file the crawl used, or empty
 * @param passStarted when the current pass over the site began (ISO-8601): a later crawl after a
 *     finished one starts a new pass, which revalidates what earlier passes stored
 */
public record CrawlRecord(
    String name, String home, List<String> allowedHosts, int year, String started, String finished,
    String profile, String passStarted) {

  public CrawlRecord {
    allowedHosts = List.copyOf(allowedHosts);
  }

  Map<String, String> toCommitData() {
    Map<String, String> m = new HashMap<>();
    m.put("name", name);
    m.put("home", home);
    m.put("allowed_hosts", String.join(" ", allowedHosts));
    m.put("year", Integer.toString(year));
    m.put("started", started);
    m.put("finished", finished);
    m.put("profile", profile);
    m.put("pass_started", passStarted);
    return m;
  }

  static CrawlRecord fromCommitData(Map<String, String> m) {
    if (!m.containsKey("home")) {
      return null;
    }
    String hosts = m.getOrDefault("allowed_hosts", "");
    return new CrawlRecord(m.getOrDefault("name", ""), m.get("home"),
        hosts.isBlank() ? List.of() : List.of(hosts.split(" ")),
        Integer.parseInt(m.getOrDefault("year", "0")), m.getOrDefault("started", ""), m.getOrDefault("finished", ""),
        m.getOrDefault("profile", ""), m.getOrDefault("pass_started", m.getOrDefault("started", "")));
  }

  /** Returns a copy marked finished at {@code when}, or unfinished when {@code when} is empty. */
  public CrawlRecord finishedAt(String when) {
    return new CrawlRecord(name, home, allowedHosts, year, started, when, profile, passStarted);
  }
}
