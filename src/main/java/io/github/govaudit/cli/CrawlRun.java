package io.github.govaudit.cli;

import io.github.govaudit.crawl.CrawlException;
import io.github.govaudit.crawl.Crawler;
import io.github.govaudit.crawl.HostScope;
import io.github.govaudit.crawl.LinkSource;
import io.github.govaudit.crawl.RobotsCrawlDelay;
import io.github.govaudit.crawl.Seed;
import io.github.govaudit.crawl.UrlNormalizer;
import io.github.govaudit.profile.CrawlProfile;
import io.github.govaudit.store.CrawlRecord;
import io.github.govaudit.store.PageReader;
import io.github.govaudit.store.PageStore;
import io.github.govaudit.store.StoreLayout;
import io.github.govaudit.store.StoredPage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * One crawl into a data directory: opens the store, works out what is left to fetch, crawls with
 * progress, and keeps everything received even when the process is interrupted.
 */
final class CrawlRun {

  /** How long an interrupted crawl may take to put its last pages on disk. */
  private static final long SHUTDOWN_GRACE_SECONDS = 20;

  /** What a run did. */
  record Summary(long fetched, long errors, int stored, double seconds) {}

  private final PrintWriter err;
  private final List<LinkSource> linkSources;

  CrawlRun(PrintWriter err) {
    this(err, Wiring.linkSources());
  }

  CrawlRun(PrintWriter err, List<LinkSource> linkSources) {
    this.err = err;
    this.linkSources = List.copyOf(linkSources);
  }

  /**
   * Crawls {@code profile}'s site into {@code dataDir}.
   *
   * @param profileFile the profile file it came from, or null: the report reads its column overrides
   */
  Summary run(CrawlProfile asked, Path profileFile, Path dataDir, boolean fresh) throws CliError {
    prepare(dataDir);
    CrawlProfile profile = withRobotsDelay(asked);
    UrlNormalizer normalizer = new UrlNormalizer();
    String home = normalizer.normalizeOrKeep(profile.home().toString());
    HostScope scope = new HostScope(profile);
    Set<String> stored;
    List<Seed> seeds = new ArrayList<>();
    try (PageStore store = openStore(dataDir, fresh)) {
      try (PageReader reader = fresh ? null : PageReader.open(dataDir).orElse(null)) {
        stored = reader == null ? Set.of() : reader.urls();
        if (reader != null) {
          seeds.addAll(reader.unanswered());
          seeds.addAll(reader.pendingLinks(scope::mayFetch));
        }
      }
      String now = Instant.now().toString();
      CrawlRecord before = store.record();
      store.record(new CrawlRecord(profile.name(), home, profile.allowedHosts(), profile.year(),
          before == null || fresh ? now : before.started(), "",
          profileFile == null ? "" : profileFile.toAbsolutePath().toString()));
      Crawler crawler = new Crawler(profile, linkSources, store, normalizer);
      long t0 = System.nanoTime();
      boolean completed = crawlInterruptibly(profile, crawler, store, stored, home, seeds, dataDir);
      if (completed) {
        store.record(store.record().finishedAt(Instant.now().toString()));
      }
      store.commit();
      double seconds = (System.nanoTime() - t0) / 1e9;
      long fetched = crawler.stats().fetched();
      long errors = crawler.stats().errors();
      store.close();
      checkHome(dataDir, home);
      return new Summary(fetched, errors, storedCount(dataDir), seconds);
    } catch (IOException e) {
      throw CliError.failed("cannot write the page store in " + dataDir + ": " + e.getMessage(), e);
    }
  }

  /** The profile with its delay raised to the Crawl-delay robots.txt asks for, if that is longer. */
  private CrawlProfile withRobotsDelay(CrawlProfile p) {
    OptionalLong asked = new RobotsCrawlDelay().of(p.home(), p.politeness().userAgent());
    if (asked.isEmpty() || asked.getAsLong() <= p.politeness().delayMs()) {
      return p;
    }
    err.printf("govaudit: robots.txt asks for a Crawl-delay of %.1f s: waiting that long between requests%n",
        asked.getAsLong() / 1000.0);
    return p.withPoliteness(new CrawlProfile.Politeness((int) asked.getAsLong(), p.politeness().threads(),
        p.politeness().userAgent()));
  }

  private boolean crawlInterruptibly(CrawlProfile profile, Crawler crawler, PageStore store, Set<String> stored,
      String home, List<Seed> seeds, Path dataDir) throws CliError, IOException {
    CountDownLatch done = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      crawler.stop();
      try {
        store.commit();
        done.await(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS);
      } catch (IOException | InterruptedException e) {
        // the JVM is going down; what was committed stays
      }
    }, "govaudit-interrupt");
    Runtime.getRuntime().addShutdownHook(hook);
    try (Progress progress = Progress.start(crawler.stats(), err)) {
      crawler.run(stored, home, seeds, StoreLayout.frontierDir(dataDir));
    } catch (CrawlException e) {
      throw CliError.failed(e.getMessage(), e);
    } finally {
      store.commit();
      done.countDown();
      removeHook(hook);
    }
    boolean limited = profile.limits().maxPages() > 0 && crawler.stats().fetched() >= profile.limits().maxPages();
    return !crawler.stopRequested() && !limited;
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // already shutting down: the hook is running
    }
  }

  private static void prepare(Path dataDir) throws CliError {
    try {
      Files.createDirectories(dataDir);
      if (!Files.isWritable(dataDir)) {
        throw CliError.usage("data directory " + dataDir + " is not writable; choose another with --data");
      }
    } catch (FileSystemException e) {
      throw CliError.usage("cannot create data directory " + dataDir + " (" + reason(e) + "); choose another with --data");
    } catch (IOException e) {
      throw CliError.usage("cannot create data directory " + dataDir + ": " + e.getMessage());
    }
  }

  private static String reason(FileSystemException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
  }

  private static PageStore openStore(Path dataDir, boolean fresh) throws CliError {
    try {
      return PageStore.open(dataDir, fresh);
    } catch (LockObtainFailedException e) {
      throw CliError.usage("another govaudit crawl is using " + dataDir + "; wait for it or choose another --data");
    } catch (IOException e) {
      throw CliError.usage("cannot open the page store in " + dataDir + ": " + e.getMessage());
    }
  }

  private static int storedCount(Path dataDir) throws IOException {
    Optional<PageReader> r = PageReader.open(dataDir);
    if (r.isEmpty()) {
      return 0;
    }
    try (PageReader reader = r.get()) {
      return reader.count();
    }
  }

  /** A crawl whose home page never answered, or is not a page, has nothing to report on. */
  private static void checkHome(Path dataDir, String home) throws IOException, CliError {
    Optional<PageReader> r = PageReader.open(dataDir);
    if (r.isEmpty()) {
      throw CliError.failed("nothing was fetched from " + home + "; check the URL, robots.txt and the network", null);
    }
    try (PageReader reader = r.get()) {
      Optional<StoredPage> page = reader.get(home);
      if (page.isEmpty()) {
        throw CliError.failed("the home page " + home + " was not fetched (robots.txt may forbid it, or the crawl was stopped)", null);
      }
      StoredPage p = page.get();
      if (p.status() == 0) {
        throw CliError.failed("cannot reach " + home + ": " + p.error() + "; check the URL and the network", null);
      }
      if (p.status() >= 400) {
        throw CliError.failed("the home page " + home + " answered HTTP " + p.status() + "; check the URL", null);
      }
      if (p.status() < 300 && !p.contentType().toLowerCase(java.util.Locale.ROOT).contains("html")) {
        throw CliError.usage("the home page " + home + " is not an HTML page (" + p.contentType() + "); give the site's home page URL");
      }
    }
  }
}
