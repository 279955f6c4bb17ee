package io.github.govaudit.flink;

import io.github.govaudit.count.FeatureCheckRun;
import io.github.govaudit.crawl.CrawlSummary;
import io.github.govaudit.crawl.FetchedPage;
import io.github.govaudit.crawl.UrlNormalizer;
import io.github.govaudit.profile.CrawlProfile;
import io.github.govaudit.profile.ProfileException;
import io.github.govaudit.render.DraftReportFile;
import io.github.govaudit.store.CrawlRecord;
import io.github.govaudit.store.PageReader;
import io.github.govaudit.store.PageStore;
import io.github.govaudit.store.SavedFeatureChecks;
import io.github.govaudit.store.SummaryFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Writes each site's answers into its page store {@code DATA/<name>/} (keyed by site, so one writer
 * per store), commits every store at each checkpoint, and when a site's crawl ends finishes its store
 * as {@code crawl} does (the crawl record, the home page's feature checks, {@code crawl-summary.json}),
 * writes its draft report {@code OUT/<name>/work-report-Y.json} and then the marker {@code
 * DATA/<name>/batch-done} the sites source waits for. Emits one line per finished site.
 */
final class SiteStores extends KeyedProcessFunction<String, SiteEvent, String> implements CheckpointedFunction {

  /** The file a finished site leaves in its data directory (its content: {@code ok} or the error). */
  static final String DONE_MARKER = "batch-done";

  private final String data;
  private final String out;
  private final int year;
  private transient Map<String, PageStore> open;

  SiteStores(Path data, Path out, int year) {
    this.data = data.toAbsolutePath().toString();
    this.out = out.toAbsolutePath().toString();
    this.year = year;
  }

  @Override
  public void initializeState(FunctionInitializationContext context) {
    open = new HashMap<>();
  }

  @Override
  public void snapshotState(FunctionSnapshotContext context) throws IOException {
    for (PageStore s : open.values()) {
      s.commit(); // every page fetched before the checkpoint is on disk with it
    }
  }

  @Override
  public void processElement(SiteEvent e, Context ctx, Collector<String> lines) throws Exception {
    Path dir = Path.of(data, e.site());
    switch (e.kind()) {
      case STARTED -> started(dir, Wire.read(e.payload(), SiteJob.class));
      case PAGE -> store(dir).accept(Wire.read(e.payload(), FetchedPage.class));
      case FINISHED -> lines.collect(finished(dir, Wire.read(e.payload(), SiteDone.class)));
      default -> throw new IllegalStateException("unknown event " + e.kind());
    }
  }

  private void started(Path dir, SiteJob job) throws IOException {
    PageStore earlier = open.remove(job.name());
    if (earlier != null) {
      earlier.close();
    }
    Files.createDirectories(dir);
    Files.deleteIfExists(dir.resolve(DONE_MARKER));
    PageStore store = PageStore.open(dir, true);
    open.put(job.name(), store);
    try {
      CrawlProfile p = job.crawlProfile();
      String home = new UrlNormalizer().normalizeOrKeep(p.home().toString());
      String now = Instant.now().toString();
      store.record(new CrawlRecord(p.name(), home, p.allowedHosts(), p.year(), now, "",
          job.profile().isEmpty() ? "" : Path.of(job.profile()).toAbsolutePath().toString(), now));
    } catch (ProfileException ex) {
      // the fetching step reports the site as failed
    }
  }

  private PageStore store(Path dir) throws IOException {
    String name = dir.getFileName().toString();
    PageStore s = open.get(name);
    if (s == null) {
      Files.createDirectories(dir);
      s = PageStore.open(dir, false); // restored from a checkpoint: the pages before it are there
      open.put(name, s);
    }
    return s;
  }

  private String finished(Path dir, SiteDone done) throws Exception {
    String name = done.job().name();
    String result;
    if (!done.error().isEmpty()) {
      result = "error: " + done.error();
    } else {
      CrawlProfile profile = done.job().crawlProfile();
      String home = new UrlNormalizer().normalizeOrKeep(profile.home().toString());
      PageStore store = store(dir);
      if (done.complete() && store.record() != null) {
        store.record(store.record().finishedAt(Instant.now().toString()));
      }
      store.commit();
      var checks = SavedFeatureChecks.save(new FeatureCheckRun(new UrlNormalizer()).run(profile, dir, home));
      store.saveWithEachCommit(() -> checks);
      store.commit();
      open.remove(name);
      store.close();
      new SummaryFile().write(dir, summary(done, home, storedCount(dir)));
      Optional<Path> report = new DraftReportFile().write(dir, Path.of(out, name), year);
      result = report.map(p -> "ok " + p).orElse("error: nothing stored");
    }
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(DONE_MARKER), result, StandardCharsets.UTF_8);
    return name + " " + result;
  }

  private static CrawlSummary summary(SiteDone d, String home, int storePages) {
    double seconds = Duration.between(Instant.parse(d.started()), Instant.now()).toMillis() / 1000.0;
    return new CrawlSummary(home, "first", d.started(), Instant.now().toString(), d.complete(), seconds, d.requests(),
        d.stored(), d.errors(), 0, 0, Math.round(d.stored() / Math.max(seconds, 0.001) * 10) / 10.0, storePages,
        d.cuts());
  }

  private static int storedCount(Path dir) throws IOException {
    Optional<PageReader> r = PageReader.open(dir);
    if (r.isEmpty()) {
      return 0;
    }
    try (PageReader reader = r.get()) {
      return reader.count();
    }
  }

  @Override
  public void close() throws IOException {
    if (open != null) {
      for (PageStore s : open.values()) {
        s.close();
      }
      open.clear();
    }
  }
}
