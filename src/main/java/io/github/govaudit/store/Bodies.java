package io.github.govaudit.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/** The bodies of stored pages, looked up by URL in the bodies index. Thread-safe. */
final class Bodies implements Closeable {

  private final DirectoryReader reader;
  private final FSDirectory directory;

  private Bodies(DirectoryReader reader, FSDirectory directory) {
    this.reader = reader;
    this.directory = directory;
  }

  /** The bodies index of {@code dataDir}, or empty when the store has none (a store of before it). */
  static Optional<Bodies> open(Path dataDir) throws IOException {
    Path dir = StoreLayout.bodiesDir(dataDir);
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    FSDirectory fs = FSDirectory.open(dir);
    try {
      if (!DirectoryReader.indexExists(fs)) {
        fs.close();
        return Optional.empty();
      }
      return Optional.of(new Bodies(DirectoryReader.open(fs), fs));
    } catch (IOException | RuntimeException e) {
      fs.close();
      throw e;
    }
  }

  /** The body stored for {@code url}, or empty. */
  Optional<byte[]> get(String url) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    TopDocs top = searcher.search(new TermQuery(new Term(PageDocuments.URL, url)), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    Document d = searcher.storedFields().document(top.scoreDocs[0].doc);
    return Optional.of(PageDocuments.body(d));
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }
}
