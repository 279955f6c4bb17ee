package io.github.govaudit.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * The page analyses a reader of the store made itself, for pages the crawl stored without one (a
 * crawl whose cores are busy leaves the analysis to the report), kept beside the store so the next
 * report need not parse those pages again. Each is kept with the fetch time of the page it was made
 * from: a page fetched again is analysed again. When another process holds the cache open for
 * writing, this one only reads it. Thread-safe.
 */
public final class Analyses implements Closeable {

  private static final String FETCHED_AT = "fetched_at";
  private static final String ANALYSIS = "analysis";
  private static final Set<String> FIELDS = Set.of(FETCHED_AT, ANALYSIS);

  private final FSDirectory directory;
  private final DirectoryReader kept;
  private final IndexWriter writer;
  private final AtomicBoolean added = new AtomicBoolean();

  private Analyses(FSDirectory directory, DirectoryReader kept, IndexWriter writer) {
    this.directory = directory;
    this.kept = kept;
    this.writer = writer;
  }

  /** The cache of the store in {@code dataDir}, made when first written. */
  public static Analyses open(Path dataDir) throws IOException {
    Path dir = StoreLayout.analysesDir(dataDir);
    Files.createDirectories(dir);
    return Directories.openWith(dir, fs -> {
      DirectoryReader kept = DirectoryReader.indexExists(fs) ? DirectoryReader.open(fs) : null;
      try {
        return new Analyses(fs, kept, writer(fs));
      } catch (IOException | RuntimeException e) {
        if (kept != null) {
          kept.close();
        }
        throw e;
      }
    });
  }

  private static IndexWriter writer(FSDirectory fs) throws IOException {
    try {
      return new IndexWriter(fs, new IndexWriterConfig(new KeywordAnalyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    } catch (LockObtainFailedException e) {
      return null; // another report writes it: this one reads what was kept
    }
  }

  /** The analysis kept for the page at {@code url} as fetched at {@code fetchedAt}, or empty. */
  public Optional<byte[]> get(String url, Instant fetchedAt) {
    if (kept == null) {
      return Optional.empty();
    }
    try {
      return UrlDocs.find(kept, url, FIELDS)
          .filter(d -> fetchedAt(d) == fetchedAt.toEpochMilli())
          .map(d -> BytesRef.deepCopyOf(d.getBinaryValue(ANALYSIS)).bytes);
    } catch (IOException e) {
      return Optional.empty(); // an unreadable cache only costs the analysis again
    }
  }

  private static long fetchedAt(Document d) {
    IndexableField f = d.getField(FETCHED_AT);
    return f == null ? -1 : f.numericValue().longValue();
  }

  /** Keeps {@code analysis} for the page at {@code url} as fetched at {@code fetchedAt}. */
  public void put(String url, Instant fetchedAt, byte[] analysis) {
    if (writer == null) {
      return;
    }
    Document d = new Document();
    d.add(new StringField(PageDocuments.URL, url, Field.Store.NO));
    d.add(new StoredField(FETCHED_AT, fetchedAt.toEpochMilli()));
    d.add(new StoredField(ANALYSIS, new BytesRef(analysis)));
    try {
      writer.updateDocument(new Term(PageDocuments.URL, url), d);
      added.set(true);
    } catch (IOException e) {
      // not kept: the next report analyses the page again
    }
  }

  /** Commits what was kept, and closes. */
  @Override
  public void close() throws IOException {
    try (FSDirectory d = directory; DirectoryReader k = kept; IndexWriter w = writer) {
      if (w != null && added.get()) {
        w.commit();
      }
    }
  }
}
