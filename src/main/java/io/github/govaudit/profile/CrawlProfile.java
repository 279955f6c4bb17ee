package io.github.govaudit.profile;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What to audit and how: the site, the hosts the crawler may fetch, politeness, limits, URLs to
 * skip and the column overrides a person has reviewed. Built from a profile file, flags, or both.
 *
 * @param name the site's name as the office calls it (may be empty: then taken from the site)
 * @param home the home page URL
 * @param allowedHosts hosts the crawler may fetch; all others are recorded as external links
 * @param year the report year, or 0 when not given
 * @param politeness delay, threads and User-Agent
 * @param limits page, depth and size limits
 * @param exclude regular expressions; a URL matching any of them is not fetched
 * @param columns reviewed overrides of column categories and flags
 * @param interaction how the 互动交流 rows are counted (the reply limit of 按时办结)
 */
public record CrawlProfile(
    String name,
    URI home,
    List<String> allowedHosts,
    int year,
    Politeness politeness,
    Limits limits,
    List<String> exclude,
    List<ColumnOverride> columns,
    Interaction interaction) {

  public CrawlProfile {
    Objects.requireNonNull(home, "home");
    name = name == null ? "" : name;
    allowedHosts = allowedHosts == null || allowedHosts.isEmpty()
        ? defaultHosts(home) : allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    politeness = politeness == null ? Politeness.DEFAULT : politeness;
    limits = limits == null ? Limits.DEFAULT : limits;
    exclude = exclude == null ? List.of() : List.copyOf(exclude);
    columns = columns == null ? List.of() : List.copyOf(columns);
    interaction = interaction == null ? Interaction.DEFAULT : interaction;
  }

  /** A profile for a home URL with every other setting at its default. */
  public static CrawlProfile forHome(URI home) {
    return new CrawlProfile("", home, null, 0, null, null, null, null, null);
  }

  /** The home's host and its www / non-www twin. */
  public static List<String> defaultHosts(URI home) {
    String host = home.getHost().toLowerCase(Locale.ROOT);
    String twin = host.startsWith("www.") ? host.substring(4) : "www." + host;
    return isIpAddressOrSingleLabel(host) ? List.of(host) : List.of(host, twin);
  }

  private static boolean isIpAddressOrSingleLabel(String host) {
    return !host.contains(".") || host.matches("[0-9.]+") || host.startsWith("[");
  }

  /** Returns a copy with other politeness settings. */
  public CrawlProfile withPoliteness(Politeness p) {
    return new CrawlProfile(name, home, allowedHosts, year, p, limits, exclude, columns, interaction);
  }

  /** Returns a copy with other limits. */
  public CrawlProfile withLimits(Limits l) {
    return new CrawlProfile(name, home, allowedHosts, year, politeness, l, exclude, columns, interaction);
  }

  /** Returns a copy for another home page, its allowed hosts kept. */
  public CrawlProfile withHome(URI h) {
    return new CrawlProfile(name, h, allowedHosts, year, politeness, limits, exclude, columns, interaction);
  }

  /**
   * How the 互动交流 rows are counted.
   *
   * @param replyLimitDays the days within which a published message's reply counts as on time
   *     (按时办结), when the profile sets them; empty for the default
   */
  public record Interaction(OptionalInt replyLimitDays) {
    /** Nothing set: every rule at its default. */
    public static final Interaction DEFAULT = new Interaction(OptionalInt.empty());

    public Interaction {
      Objects.requireNonNull(replyLimitDays, "replyLimitDays");
      if (replyLimitDays.isPresent() && replyLimitDays.getAsInt() <= 0) {
        throw new IllegalArgumentException("reply_limit_days must be positive: " + replyLimitDays.getAsInt());
      }
    }
  }

  /**
   * How gently to fetch.
   *
   * @param delayMs pause between two requests to the same host
   * @param threads crawler threads
   * @param userAgent the User-Agent header; identifies govaudit
   */
  public record Politeness(int delayMs, int threads, String userAgent) {
    /** 200 ms per host, 2 threads, {@code govaudit/VERSION}. */
    public static final Politeness DEFAULT = new Politeness(200, 2, UserAgent.DEFAULT);

    public Politeness {
      userAgent = userAgent == null || userAgent.isBlank() ? UserAgent.DEFAULT : userAgent;
    }
  }

  /**
   * How much to fetch, and the limits that keep a crawl out of traps.
   *
   * @param maxPages pages fetched in one run at most (0: no limit)
   * @param maxDepth link depth from the home page at most (-1: no limit); a list's other pages
   *     count as deep as its first
   * @param maxPageBytes a body is kept up to this size and marked cut beyond it
   * @param maxUrlLength longer URLs are not fetched (0: no limit)
   * @param patternBudget fetches a URL pattern may spend on URLs found on its own pages before it
   *     must show new links elsewhere to go on (0: no budget)
   */
  public record Limits(int maxPages, int maxDepth, int maxPageBytes, int maxUrlLength, int patternBudget) {
    /** Depth 30, bodies up to 5 MiB, URLs up to 1024 characters, 200 fetches per pattern, no page limit. */
    public static final Limits DEFAULT = new Limits(0, 30, 5 * 1024 * 1024, 1024, 200);

    /** Returns a copy with another page limit. */
    public Limits withMaxPages(int pages) {
      return new Limits(pages, maxDepth, maxPageBytes, maxUrlLength, patternBudget);
    }
  }

  /**
   * A person's correction of how one column is read, matched by URL prefix or by name.
   *
   * @param urlPrefix the column's list URL starts with this (or null)
   * @param name the column's name equals this (or null)
   * @param category overview, news, disclosure or other (or null to keep)
   * @param topic whether it is a 专题 (or null to keep)
   * @param interpretation whether it is an interpretation column (or null to keep)
   * @param hotResponse whether it is a 回应关切 column (or null to keep)
   */
  public record ColumnOverride(
      String urlPrefix, String name, String category, Boolean topic, Boolean interpretation,
      Boolean hotResponse) {}
}
