package io.github.govaudit.store;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.store.FSDirectory;

/** Opens what lives in an index directory without leaking the directory when that fails. */
final class Directories {

  private Directories() {}

  /** What {@code opener} makes of a directory it takes over (the directory is closed with it). */
  interface Opener<T> {
    /** The thing made of {@code directory}, or null when there is nothing to make. */
    T open(FSDirectory directory) throws IOException;
  }

  /**
   * {@code opener}'s result over the directory at {@code dir}; when it fails or makes nothing
   * (null), the directory is closed again.
   */
  static <T> T openWith(Path dir, Opener<T> opener) throws IOException {
    FSDirectory fs = FSDirectory.open(dir);
    try {
      T made = opener.open(fs);
      if (made == null) {
        fs.close();
      }
      return made;
    } catch (IOException | RuntimeException e) {
      fs.close();
      throw e;
    }
  }
}
