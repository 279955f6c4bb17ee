package io.github.govaudit.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/** Reads a page store: every stored page in turn, or one page by URL. Thread-safe. */
public final class PageReader implements Closeable {

  /** Documents one reading thread takes at a time: small enough to share a large segment out. */
  private static final int SLICE_DOCS = 4096;

  private final DirectoryReader reader;
  private final FSDirectory directory;
  private final Bodies bodies;
  private final CrawlRecord record;

  private PageReader(DirectoryReader reader, FSDirectory directory, Bodies bodies) throws IOException {
    this.reader = reader;
    this.directory = directory;
    this.bodies = bodies;
    this.record = CrawlRecord.fromCommitData(reader.getIndexCommit().getUserData());
  }

  /** Opens the store in {@code dataDir}; empty when no crawl has stored anything there. */
  public static Optional<PageReader> open(Path dataDir) throws IOException {
    // the pages first: bodies are committed before their pages, so the bodies read are never older
    Optional<OpenIndex> pages = OpenIndex.open(StoreLayout.pagesDir(dataDir));
    if (pages.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new PageReader(pages.get().reader(), pages.get().directory(),
          Bodies.open(dataDir).orElse(null)));
    } catch (IOException | RuntimeException e) {
      pages.get().close();
      throw e;
    }
  }

  /**
   * A reader over an open index its owner closes ({@link #close()} then closes nothing). It reads
   * no bodies but those old stores kept in their pages.
   */
  static PageReader over(DirectoryReader reader) {
    try {
      return new PageReader(reader, null, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the store knows of the crawls that filled it, or null. */
  public CrawlRecord record() {
    return record;
  }

  /** A value the crawl saved with the store's last commit, or empty. */
  public Optional<String> saved(String key) {
    try {
      return Optional.ofNullable(reader.getIndexCommit().getUserData().get(key));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the page store: " + e.getMessage(), e);
    }
  }

  /** A number that changes whenever the store does (the commit generation). */
  public long version() {
    try {
      return reader.getIndexCommit().getGeneration();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the page store: " + e.getMessage(), e);
    }
  }

  /** Number of stored responses. */
  public int count() {
    return reader.numDocs();
  }

  /** Calls {@code action} with every stored page, one at a time (memory stays flat). */
  public void forEach(Consumer<StoredPage> action) {
    forEachDocument(null, d -> action.accept(withBody(d)));
  }

  /**
   * Calls {@code action} with every stored page without its body (an empty one), from {@code
   * threads} threads at once, each reading its own slice of the store; returns when every page is
   * done. For readers of the stored analyses, which fetch a body with {@link #get} only when they
   * need it.
   */
  public void forEachWithoutBody(int threads, Consumer<StoredPage> action) {
    List<Callable<Void>> slices = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      for (int from = 0; from < leaf.reader().maxDoc(); from += SLICE_DOCS) {
        int start = from;
        slices.add(() -> {
          readSlice(leaf.reader(), start, Math.min(start + SLICE_DOCS, leaf.reader().maxDoc()), action);
          return null;
        });
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "govaudit-read");
      t.setDaemon(true);
      return t;
    });
    try {
      for (Future<Void> done : pool.invokeAll(slices)) {
        done.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the page store", e);
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static void readSlice(LeafReader r, int from, int to, Consumer<StoredPage> action) throws IOException {
    Bits live = r.getLiveDocs();
    StoredFields stored = r.storedFields();
    for (int i = from; i < to; i++) {
      if (live == null || live.get(i)) {
        action.accept(PageDocuments.fromDocument(stored.document(i, PageDocuments.ALL_BUT_BODY)));
      }
    }
  }

  private static RuntimeException rethrown(Throwable cause) {
    if (cause instanceof RuntimeException e) {
      return e;
    }
    if (cause instanceof Error e) {
      throw e;
    }
    if (cause instanceof IOException e) {
      return new UncheckedIOException("cannot read the page store: " + e.getMessage(), e);
    }
    return new IllegalStateException(cause);
  }

  /** Calls {@code action} with every live document, reading only {@code fields} (all when null). */
  void forEachDocument(Set<String> fields, Consumer<Document> action) {
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader r = leaf.reader();
        Bits live = r.getLiveDocs();
        StoredFields stored = r.storedFields();
        for (int i = 0; i < r.maxDoc(); i++) {
          if (live == null || live.get(i)) {
            action.accept(fields == null ? stored.document(i) : stored.document(i, fields));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the page store: " + e.getMessage(), e);
    }
  }

  /**
   * The body of {@code page}, read without it ({@link #forEachWithoutBody}): looked up in the bodies
   * index alone, the page's own document not read again. Empty when none is stored.
   */
  public byte[] body(StoredPage page) {
    if (page.body().length > 0 || bodies == null) {
      return page.body();
    }
    try {
      return bodies.get(page.url()).orElse(page.body());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the page store: " + e.getMessage(), e);
    }
  }

  /** The stored page for {@code url}, if any. */
  public Optional<StoredPage> get(String url) throws IOException {
    Optional<Document> d = document(url, null);
    return d.isEmpty() ? Optional.empty() : Optional.of(withBody(d.get()));
  }

  /** The page of a document read whole, its body from the bodies index unless the page holds it. */
  private StoredPage withBody(Document d) {
    StoredPage p = PageDocuments.fromDocument(d);
    if (p.body().length > 0 || bodies == null) {
      return p;
    }
    try {
      return bodies.get(p.url()).map(p::withBody).orElse(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the page store: " + e.getMessage(), e);
    }
  }

  /** The stored document for {@code url} with only {@code fields} (all when null). */
  Optional<Document> document(String url, Set<String> fields) throws IOException {
    return UrlDocs.find(reader, url, fields);
  }

  @Override
  public void close() throws IOException {
    if (directory == null) {
      return;
    }
    try (FSDirectory d = directory; Bodies b = bodies) {
      reader.close();
    }
  }
}
