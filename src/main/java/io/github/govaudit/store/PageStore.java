package io.github.govaudit.store;

import io.github.govaudit.crawl.FetchedPage;
import io.github.govaudit.crawl.PageSink;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;

/**
 * The writable page store of one site under {@code DATA/pages}: one Lucene document per URL.
 * Every page is committed as it arrives, so a killed crawl loses at most the pages in flight
 * (one per crawler thread) and a resumed crawl fetches no stored page again. The crawl record
 * is committed by a background committer within {@link #COMMIT_INTERVAL_MS}.
 */
public final class PageStore implements PageSink, Closeable {

  /** Longest time a changed crawl record waits before it is committed to disk. */
  static final long COMMIT_INTERVAL_MS = 50;

  /** How often a commit is forced to disk as well (each page's commit only reaches the kernel). */
  static final long FORCED_SYNC_INTERVAL_MS = 5_000;

  private final IndexWriter writer;
  private final LazySyncDirectory directory;
  private volatile long lastForcedSync = System.nanoTime();
  private final ScheduledExecutorService committer;
  private final AtomicBoolean dirty = new AtomicBoolean();
  private volatile CrawlRecord record;

  private PageStore(IndexWriter writer, LazySyncDirectory directory, CrawlRecord record) {
    this.writer = writer;
    this.directory = directory;
    this.record = record;
    this.committer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "page-store-commit");
      t.setDaemon(true);
      return t;
    });
    committer.scheduleWithFixedDelay(this::commitIfDirty, COMMIT_INTERVAL_MS, COMMIT_INTERVAL_MS, TimeUnit.MILLISECONDS);
  }

  /** Opens (or creates) the store in {@code dataDir}; {@code fresh} empties it first. */
  public static PageStore open(Path dataDir, boolean fresh) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer());
    config.setOpenMode(fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    LazySyncDirectory dir = new LazySyncDirectory(FSDirectory.open(StoreLayout.pagesDir(dataDir)));
    IndexWriter writer;
    try {
      writer = new IndexWriter(dir, config);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
    Map<String, String> data = new HashMap<>();
    if (writer.getLiveCommitData() != null) {
      writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
    }
    return new PageStore(writer, dir, fresh ? null : CrawlRecord.fromCommitData(data));
  }

  /** The analyzer for titles and text: smartcn for Chinese, used when indexing and searching. */
  public static Analyzer analyzer() {
    return new SmartChineseAnalyzer();
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

  @Override
  public void accept(FetchedPage page) {
    try {
      writer.updateDocument(new Term(PageDocuments.URL, page.url()), PageDocuments.toDocument(page));
      dirty.set(true);
      commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to the page store: " + e.getMessage(), e);
    }
  }

  /** Makes everything received so far durable. */
  public synchronized void commit() throws IOException {
    if (!writer.isOpen()) {
      return;
    }
    dirty.set(false);
    if (record != null) {
      writer.setLiveCommitData(record.toCommitData().entrySet());
    }
    if (System.nanoTime() - lastForcedSync >= TimeUnit.MILLISECONDS.toNanos(FORCED_SYNC_INTERVAL_MS)) {
      directory.syncNow();
      lastForcedSync = System.nanoTime();
    }
    writer.commit();
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
    if (writer.isOpen()) {
      try {
        directory.syncNow();
        commit();
        writer.close();
      } finally {
        directory.close();
      }
    }
  }
}
