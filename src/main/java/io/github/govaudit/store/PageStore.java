package io.github.govaudit.store;

import io.github.govaudit.crawl.FetchedPage;
import io.github.govaudit.crawl.PageSink;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.FSDirectory;

/**
 * The writable page store of one site under {@code DATA/pages}: one Lucene document per URL, its
 * body in a document of its own under {@code DATA/bodies} (so that reading pages without bodies
 * decompresses none). Pages are added as they arrive and committed together every {@link #COMMIT_INTERVAL_MS}, so a
 * killed crawl loses at most the pages of the last interval (fetched again on resume) and the
 * crawl pays for one commit per interval, not one per page. Bodies are committed just before their
 * pages, so a committed page always has its body. The crawl record and the trap state ride in each
 * commit, so they always match the pages committed with them.
 */
public final class PageStore implements PageSink, Closeable {

  /** Longest time a received page waits before it is committed. */
  public static final long COMMIT_INTERVAL_MS = 2_000;

  /** Memory Lucene may fill with new bodies, and with new pages, before it writes a segment. */
  private static final double BODIES_RAM_BUFFER_MB = 48;

  private static final double PAGES_RAM_BUFFER_MB = 16;

  /**
   * Segments of one size Lucene lets gather before it merges them. Merging rewrites every stored
   * body, and with a commit every few seconds the default (10) had the crawl merging a quarter of
   * its time; a store of a few hundred segments reads just as well.
   */
  private static final int SEGMENTS_PER_TIER = 50;

  private final Writers pages;
  private final Writers bodies;
  private final DirectoryReader earlier;
  private final ScheduledExecutorService committer;
  private final AtomicBoolean dirty = new AtomicBoolean();
  private volatile CrawlRecord record;
  private volatile Supplier<Map<String, String>> extras = Map::of;
  private final Map<String, String> earlierExtras;

  private PageStore(Writers pages, Writers bodies, DirectoryReader earlier, CrawlRecord record,
      Map<String, String> earlierExtras) {
    this.pages = pages;
    this.bodies = bodies;
    this.earlier = earlier;
    this.record = record;
    this.earlierExtras = Map.copyOf(earlierExtras);
    this.committer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "page-store-commit");
      t.setDaemon(true);
      return t;
    });
    committer.scheduleWithFixedDelay(this::commitIfDirty, COMMIT_INTERVAL_MS, COMMIT_INTERVAL_MS, TimeUnit.MILLISECONDS);
  }

  /** Opens (or creates) the store in {@code dataDir}; {@code fresh} empties it first. */
  public static PageStore open(Path dataDir, boolean fresh) throws IOException {
    Writers bodies = Writers.open(StoreLayout.bodiesDir(dataDir), fresh, BODIES_RAM_BUFFER_MB);
    Writers pages;
    DirectoryReader earlier;
    try {
      pages = Writers.open(StoreLayout.pagesDir(dataDir), fresh, PAGES_RAM_BUFFER_MB);
      try {
        earlier = fresh || !DirectoryReader.indexExists(pages.directory()) ? null : DirectoryReader.open(pages.directory());
      } catch (IOException | RuntimeException e) {
        pages.close();
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      bodies.close();
      throw e;
    }
    Map<String, String> data = new HashMap<>();
    if (pages.writer().getLiveCommitData() != null) {
      pages.writer().getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
    }
    return new PageStore(pages, bodies, earlier, fresh ? null : CrawlRecord.fromCommitData(data), fresh ? Map.of() : data);
  }

  /** An index writer with its directory. */
  private record Writers(IndexWriter writer, FSDirectory directory) implements Closeable {

    static Writers open(Path dir, boolean fresh, double ramBufferMb) throws IOException {
      IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer()); // no text is analysed here
      config.setOpenMode(fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(ramBufferMb);
      TieredMergePolicy merges = new TieredMergePolicy();
      merges.setSegmentsPerTier(SEGMENTS_PER_TIER);
      config.setMergePolicy(merges);
      return Directories.openWith(dir, fs -> new Writers(new IndexWriter(fs, config), fs));
    }

    @Override
    public void close() throws IOException {
      try (FSDirectory d = directory) {
        writer.close();
      }
    }
  }

  /** What the store knows of earlier crawls, or null for a new store. */
  public CrawlRecord record() {
    return record;
  }

  /** Replaces the crawl record; saved with the next commit. */
  public void record(CrawlRecord r) {
    this.record = r;
    dirty.set(true);
  }

  /** A value an earlier run saved with its last commit ({@link #saveWithEachCommit}), or empty. */
  public Optional<String> saved(String key) {
    return Optional.ofNullable(earlierExtras.get(key));
  }

  /** Values to save with each commit, read at commit time (the crawl's trap state). */
  public void saveWithEachCommit(Supplier<Map<String, String>> values) {
    this.extras = values;
  }

  /** The store as it was when opened: the pages of earlier runs, for planning this one. Null for a new store. */
  public PageReader earlierPages() {
    return earlier == null ? null : PageReader.over(earlier);
  }

  @Override
  public void accept(FetchedPage page) {
    write(PageDocuments.toBodyDocument(page.url(), page.body()), PageDocuments.toDocument(page), page.url());
  }

  @Override
  public void unchanged(String url, Instant when) {
    if (earlier == null) {
      return;
    }
    try {
      PageReader.over(earlier).get(url).ifPresent(p -> {
        org.apache.lucene.document.Document page = PageDocuments.toDocument(PageDocuments.toFetched(p), when);
        // a page of an older store holds its body: it moves to the bodies index; else the body stays as it is
        write(p.body().length > 0 ? PageDocuments.toBodyDocument(url, p.body()) : null, page, url);
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the page store: " + e.getMessage(), e);
    }
  }

  private void write(org.apache.lucene.document.Document body, org.apache.lucene.document.Document page, String url) {
    try {
      Term key = new Term(PageDocuments.URL, url);
      if (body != null) {
        bodies.writer().updateDocument(key, body);
      }
      pages.writer().updateDocument(key, page);
      dirty.set(true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to the page store: " + e.getMessage(), e);
    }
  }

  /** Makes everything received so far durable. */
  public synchronized void commit() throws IOException {
    if (!pages.writer().isOpen()) {
      return;
    }
    dirty.set(false);
    Map<String, String> data = new HashMap<>(earlierExtras);
    data.putAll(extras.get());
    if (record != null) {
      data.putAll(record.toCommitData());
    }
    pages.writer().setLiveCommitData(data.entrySet());
    // Each body is written before its page, so the bodies committed after the pages are prepared
    // hold every prepared page's body: a kill at any point leaves no committed page without one.
    pages.writer().prepareCommit();
    bodies.writer().commit();
    pages.writer().commit();
  }

  private void commitIfDirty() {
    if (dirty.get()) {
      try {
        commit();
      } catch (IOException | RuntimeException e) {
        dirty.set(true); // kept for the next attempt or close()
      }
    }
  }

  @Override
  public synchronized void close() throws IOException {
    committer.shutdownNow();
    if (pages.writer().isOpen()) {
      try (Writers p = pages; Writers b = bodies; DirectoryReader e = earlier) {
        commit();
      }
    }
  }
}
