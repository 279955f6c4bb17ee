package io.github.govaudit.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** The bodies of stored pages, looked up by URL in the bodies index. Thread-safe. */
final class Bodies implements Closeable {

  private final OpenIndex index;

  private Bodies(OpenIndex index) {
    this.index = index;
  }

  /** The bodies index of {@code dataDir}, or empty when the store has none (a store of before it). */
  static Optional<Bodies> open(Path dataDir) throws IOException {
    return OpenIndex.open(StoreLayout.bodiesDir(dataDir)).map(Bodies::new);
  }

  /** The body stored for {@code url}, or empty. */
  Optional<byte[]> get(String url) throws IOException {
    IndexSearcher searcher = new IndexSearcher(index.reader());
    TopDocs top = searcher.search(new TermQuery(new Term(PageDocuments.URL, url)), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    Document d = searcher.storedFields().document(top.scoreDocs[0].doc);
    return Optional.of(PageDocuments.body(d));
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
