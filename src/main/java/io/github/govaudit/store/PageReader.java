package io.github.govaudit.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/** Reads a page store: every stored page in turn, or one page by URL. Thread-safe. */
public final class PageReader implements Closeable {

  private final DirectoryReader reader;
  private final FSDirectory directory;
  private final CrawlRecord record;

  private PageReader(DirectoryReader reader, FSDirectory directory) throws IOException {
    this.reader = reader;
    this.directory = directory;
    this.record = CrawlRecord.fromCommitData(reader.getIndexCommit().getUserData());
  }

  /** Opens the store in {@code dataDir}; empty when no crawl has stored anything there. */
  public static Optional<PageReader> open(Path dataDir) throws IOException {
    Path dir = StoreLayout.pagesDir(dataDir);
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    FSDirectory fs = FSDirectory.open(dir);
    try {
      if (!DirectoryReader.indexExists(fs)) {
        fs.close();
        return Optional.empty();
      }
      return Optional.of(new PageReader(DirectoryReader.open(fs), fs));
    } catch (IOException | RuntimeException e) {
      fs.close();
      throw e;
    }
  }

  /** A reader over an open index its owner closes ({@link #close()} then closes nothing). */
  static PageReader over(DirectoryReader reader) {
    try {
      return new PageReader(reader, null);
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
    forEachDocument(null, d -> action.accept(PageDocuments.fromDocument(d)));
  }

  /**
   * Calls {@code action} with every stored page without its body (an empty one): for readers of the
   * stored analyses, which fetch a body with {@link #get} only when they need it.
   */
  public void forEachWithoutBody(Consumer<StoredPage> action) {
    forEachDocument(PageDocuments.ALL_BUT_BODY, d -> action.accept(PageDocuments.fromDocument(d)));
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

  /** The stored page for {@code url}, if any. */
  public Optional<StoredPage> get(String url) throws IOException {
    return document(url, null).map(PageDocuments::fromDocument);
  }

  /** The stored document for {@code url} with only {@code fields} (all when null). */
  Optional<Document> document(String url, Set<String> fields) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    TopDocs top = searcher.search(new TermQuery(new Term(PageDocuments.URL, url)), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    int doc = top.scoreDocs[0].doc;
    return Optional.of(fields == null ? searcher.storedFields().document(doc) : searcher.storedFields().document(doc, fields));
  }

  @Override
  public void close() throws IOException {
    if (directory == null) {
      return;
    }
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }
}
