package io.github.govaudit.crawl;

import de.hshn.mi.crawler4j.frontier.HSQLDBFrontierConfiguration;
import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.fetcher.PageFetcher;
import edu.uci.ics.crawler4j.fetcher.politeness.CachedPolitenessServer;
import edu.uci.ics.crawler4j.parser.Parser;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtConfig;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtServer;
import edu.uci.ics.crawler4j.url.TLDList;
import io.github.govaudit.profile.CrawlProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Crawls one site with crawler4j, within the profile's hosts and limits, obeying robots.txt, and
 * hands every response to a {@link PageSink}. Resuming is done by the caller: it passes the URLs
 * already stored (never fetched again) and the links still to visit.
 */
public final class Crawler {

  /** crawler4j waits this long between checks for idle threads; its default of 10 s adds ~30 s to every crawl. */
  private static final int MONITOR_DELAY_SECONDS = 1;

  /**
   * URLs a thread takes from the frontier at once. crawler4j's default of 50 lets one thread take
   * a whole home page's links while the others idle.
   */
  private static final int FRONTIER_BATCH = 1;

  private final CrawlProfile profile;
  private final List<LinkSource> linkSources;
  private final PageSink sink;
  private final UrlNormalizer normalizer;
  private final CrawlStats stats = new CrawlStats();
  private volatile GentleController controller;
  private volatile boolean stopRequested;
  private final java.util.concurrent.atomic.AtomicReference<RuntimeException> storeFailure =
      new java.util.concurrent.atomic.AtomicReference<>();

  /**
   * @param linkSources where links come from besides plain anchors (script paging, CMS data blocks)
   */
  public Crawler(CrawlProfile profile, List<LinkSource> linkSources, PageSink sink, UrlNormalizer normalizer) {
    this.profile = profile;
    this.linkSources = List.copyOf(linkSources);
    this.sink = sink;
    this.normalizer = normalizer;
  }

  /** Live counters for a progress display. */
  public CrawlStats stats() {
    return stats;
  }

  /**
   * Crawls until the frontier is empty, a limit is reached, or {@link #stop()} is called.
   *
   * @param stored URLs already in the store: never fetched again
   * @param home the home page, fetched unless stored (even where its type looks like an attachment)
   * @param seeds on resume, the links still to visit, each at its depth
   * @param workDir a folder for the frontier; emptied first
   */
  public void run(Set<String> stored, String home, List<Seed> seeds, Path workDir) throws CrawlException {
    try {
      deleteRecursively(workDir);
      // a folder of its own per run: HSQLDB keeps an open database per path for the life of the JVM
      Path runDir = Files.createDirectories(workDir.resolve("run-" + System.currentTimeMillis()));
      CrawlConfig config = config(runDir);
      HSQLDBFrontierConfiguration frontier = new HSQLDBFrontierConfiguration(config, profile.politeness().threads() + 2);
      PageFetcher fetcher = new PageFetcher(config, normalizer.delegate(), new CachedPolitenessServer(config));
      RobotstxtConfig robots = new RobotstxtConfig();
      robots.setUserAgentName("govaudit");
      RobotstxtServer robotsServer = new RobotstxtServer(robots, fetcher, frontier.getWebURLFactory());
      TLDList tlds = new TLDList(config);
      List<LinkSource> sources = Stream.concat(Stream.of(new AnchorLinks()), linkSources.stream()).toList();
      Parser parser = new Parser(config, normalizer.delegate(),
          new JsoupHtmlParser(sources, normalizer, frontier.getWebURLFactory()), tlds, frontier.getWebURLFactory());
      GentleController c = new GentleController(config, normalizer.delegate(), fetcher, parser, robotsServer, tlds, frontier);
      Set<String> seen = ConcurrentHashMap.newKeySet();
      seen.addAll(stored);
      HostScope scope = new HostScope(profile);
      if (scope.isOnSite(home) && !seen.contains(home)) {
        c.addSeed(home);
      }
      int maxDepth = profile.limits().maxDepth();
      for (Seed seed : seeds) {
        if (scope.mayFetch(seed.url()) && !seen.contains(seed.url()) && (maxDepth < 0 || seed.depth() <= maxDepth)) {
          c.addSeedAt(seed.url(), seed.depth());
        }
      }
      stats.queueFrom(() -> c.getFrontier().getQueueLength());
      controller = c;
      try {
        if (!stopRequested) {
          c.start(() -> new GovCrawler(scope, seen, sink, stats, this::storeFailed), profile.politeness().threads());
        }
      } finally {
        shutdownFrontier(runDir);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CrawlException("crawl interrupted", e);
    } catch (Exception e) {
      throw new CrawlException("crawler failed: " + e.getMessage(), e);
    } finally {
      controller = null;
    }
    RuntimeException failure = storeFailure.get();
    if (failure != null) {
      throw new CrawlException("pages could not be stored, so the crawl stopped: " + failure.getMessage(), failure);
    }
  }

  private void storeFailed(RuntimeException e) {
    if (storeFailure.compareAndSet(null, e)) {
      stop();
    }
  }

  /** Closes the frontier's database for good, so its files can go and a later run starts empty. */
  private static void shutdownFrontier(Path runDir) {
    String url = "jdbc:hsqldb:file:" + runDir + "/frontier;sql.syntax_pgs=true;ifexists=true";
    try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
      st.execute("SHUTDOWN");
    } catch (SQLException e) {
      // already shut down, or never created: nothing is left open
    }
  }

  /** Whether {@link #stop()} was called: the crawl did not run to its end. */
  public boolean stopRequested() {
    return stopRequested;
  }

  /** Asks a running crawl to stop after the pages in flight; {@link #run} then returns. */
  public void stop() {
    stopRequested = true;
    GentleController c = controller;
    if (c != null) {
      c.finishCurrentPages();
    }
  }

  private CrawlConfig config(Path workDir) {
    CrawlConfig config = new CrawlConfig();
    config.setCrawlStorageFolder(workDir.toString());
    config.setResumableCrawling(true); // an on-disk frontier; our own resume re-seeds it from the store
    config.setPolitenessDelay(profile.politeness().delayMs());
    config.setUserAgentString(profile.politeness().userAgent());
    config.setMaxDepthOfCrawling(profile.limits().maxDepth());
    config.setMaxPagesToFetch(profile.limits().maxPages() == 0 ? -1 : profile.limits().maxPages());
    config.setMaxDownloadSize(profile.limits().maxPageBytes());
    config.setIncludeBinaryContentInCrawling(true); // recorded (type and status), never parsed
    config.setProcessBinaryContentInCrawling(false);
    config.setRespectNoIndex(false);
    config.setRespectNoFollow(false);
    config.setAllowSingleLevelDomain(true);
    config.setFollowRedirects(true);
    config.setMaxOutgoingLinksToFollow(20_000);
    config.setThreadMonitoringDelaySeconds(MONITOR_DELAY_SECONDS);
    config.setThreadShutdownDelaySeconds(MONITOR_DELAY_SECONDS);
    config.setCleanupDelaySeconds(0);
    config.setBatchReadSize(FRONTIER_BATCH);
    config.setSocketTimeout(15_000);
    config.setConnectionTimeout(10_000);
    return config;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
