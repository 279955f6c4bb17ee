package io.github.govaudit.cli;

import io.github.govaudit.count.FeatureCheckRun;
import io.github.govaudit.crawl.CrawlException;
import io.github.govaudit.crawl.CrawlPlan;
import io.github.govaudit.crawl.CrawlSummary;
import io.github.govaudit.crawl.Crawler;
import io.github.govaudit.crawl.HostScope;
import io.github.govaudit.crawl.TrapGuard;
import io.github.govaudit.crawl.Understanding;
import io.github.govaudit.crawl.UrlNormalizer;
import io.github.govaudit.profile.CrawlProfile;
import io.github.govaudit.store.CrawlPlanner;
import io.github.govaudit.store.CrawlRecord;
import io.github.govaudit.store.PageReader;
import io.github.govaudit.store.PageStore;
import io.github.govaudit.store.StoredPage;
import io.github.govaudit.store.SavedFeatureChecks;
import io.github.govaudit.store.SummaryFile;
import io.github.govaudit.store.TrapBudgets;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * One crawl into a data directory: opens the store, works out what is left to fetch (resuming an
 * interrupted pass, or revalidating a finished one), crawls with progress, keeps everything
 * received even when the process is interrupted, and writes {@code crawl-summary.json}.
 */
final class CrawlRun {

  /** How long an interrupted crawl may take to put its last pages on disk. */
  private static final long SHUTDOWN_GRACE_SECONDS = 20;

  private final PrintWriter err;
  private final Understanding understanding;
  private final boolean progress;

  CrawlRun(PrintWriter err) {
    this(err, Wiring.understanding(), true);
  }

  /**
   * @param progress whether to show progress (off when several sites are crawled at once)
   */
  CrawlRun(PrintWriter err, Understanding understanding, boolean progress) {
    this.err = err;
    this.understanding = understanding;
    this.progress = progress;
  }

  /**
   * What the trap patterns spent before this run: all of it on a resume; on a new pass too, but
   * without the earlier yields, so a pattern cut before stays cut unless its pages yield anew.
   */
  private static List<TrapGuard.Spent> budgets(String mode, PageStore store) {
    List<TrapGuard.Spent> spent = TrapBudgets.read(store.saved(TrapBudgets.KEY));
    return switch (mode) {
      case "resume" -> spent;
      case "revalidate" -> spent.stream().map(TrapGuard.Spent::forNextPass).toList();
      default -> List.of();
    };
  }

  /**
   * Crawls {@code profile}'s site into {@code dataDir}.
   *
   * @param profileFile the profile file it came from, or null: the report reads its column overrides
   */
  CrawlSummary run(CrawlProfile profile, Path profileFile, Path dataDir, boolean fresh) throws CliError {
    prepare(dataDir);
    UrlNormalizer normalizer = new UrlNormalizer();
    String home = normalizer.normalizeOrKeep(profile.home().toString());
    Instant started = Instant.now();
    try (PageStore store = openStore(dataDir, fresh)) {
      CrawlRecord before = store.record();
      String mode = before == null ? "first" : before.finished().isEmpty() ? "resume" : "revalidate";
      String passStarted = mode.equals("resume") ? before.passStarted() : started.toString();
      store.record(new CrawlRecord(profile.name(), home, profile.allowedHosts(), profile.year(),
          before == null ? started.toString() : before.started(), "",
          profileFile == null ? "" : profileFile.toAbsolutePath().toString(), passStarted));
      CrawlPlan plan = new CrawlPlanner().plan(store.earlierPages(), home, Instant.parse(passStarted),
          new HostScope(profile)::mayFetch, budgets(mode, store));
      Crawler crawler = new Crawler(profile, understanding, store, normalizer, this::notice);
      store.saveWithEachCommit(() -> TrapBudgets.save(crawler.spent()));
      long t0 = System.nanoTime();
      boolean completed = crawlInterruptibly(crawler, store, plan);
      if (completed) {
        store.record(store.record().finishedAt(Instant.now().toString()));
      }
      store.commit();
      if (!crawler.stopRequested()) {
        var checks = SavedFeatureChecks.save(new FeatureCheckRun(normalizer).run(profile, dataDir, home));
        store.saveWithEachCommit(() -> both(TrapBudgets.save(crawler.spent()), checks));
        store.commit();
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      store.close();
      checkHome(dataDir, home);
      CrawlSummary summary = summary(home, mode, started, completed, seconds, crawler, storedCount(dataDir));
      new SummaryFile().write(dataDir, summary);
      return summary;
    } catch (IOException e) {
      throw CliError.failed("cannot write the page store in " + dataDir + ": " + e.getMessage(), e);
    }
  }

  private static Map<String, String> both(Map<String, String> a, Map<String, String> b) {
    Map<String, String> all = new HashMap<>(a);
    all.putAll(b);
    return all;
  }

  private void notice(String message) {
    synchronized (err) {
      err.println("govaudit: " + message);
      err.flush();
    }
  }

  private static CrawlSummary summary(String home, String mode, Instant started, boolean completed, double seconds,
      Crawler crawler, int storePages) {
    var s = crawler.stats();
    return new CrawlSummary(home, mode, started.toString(), Instant.now().toString(), completed,
        Math.round(seconds * 100) / 100.0, s.requests(), s.fetched(), s.errors(), s.notModified(), s.changed(),
        Math.round(s.fetched() / Math.max(seconds, 0.001) * 10) / 10.0, storePages, crawler.cuts().cuts());
  }

  private boolean crawlInterruptibly(Crawler crawler, PageStore store, CrawlPlan plan)
      throws CliError, IOException {
    CountDownLatch done = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      crawler.stop();
      try {
        done.await(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS);
        store.commit();
      } catch (IOException | InterruptedException e) {
        // the JVM is going down; what was committed stays
      }
    }, "govaudit-interrupt");
    Runtime.getRuntime().addShutdownHook(hook);
    try (Progress shown = progress ? Progress.start(crawler.stats(), err) : Progress.none()) {
      crawler.run(plan);
    } catch (CrawlException e) {
      throw CliError.failed(e.getMessage(), e);
    } finally {
      store.commit();
      done.countDown();
      removeHook(hook);
    }
    return !crawler.stopRequested() && !crawler.limitReached();
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
