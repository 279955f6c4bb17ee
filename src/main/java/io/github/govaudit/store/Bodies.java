package io.github.govaudit.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

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
    return UrlDocs.find(index.reader(), url, null).map(PageDocuments::body);
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
