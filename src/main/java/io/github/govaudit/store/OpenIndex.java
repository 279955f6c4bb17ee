package io.github.govaudit.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/** A Lucene index open for reading, with the directory it holds open; closing closes both. */
record OpenIndex(DirectoryReader reader, FSDirectory directory) implements Closeable {

  /** The index in {@code dir} as last committed, or empty when nothing was ever committed there. */
  static Optional<OpenIndex> open(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    return Optional.ofNullable(Directories.openWith(dir,
        fs -> DirectoryReader.indexExists(fs) ? new OpenIndex(DirectoryReader.open(fs), fs) : null));
  }

  @Override
  public void close() throws IOException {
    try (FSDirectory d = directory) {
      reader.close();
    }
  }
}
