package io.github.govaudit.store;

import java.nio.file.Path;

/** Where things live inside a data directory. */
public final class StoreLayout {

  private StoreLayout() {}

  /** The Lucene index of pages. */
  public static Path pagesDir(Path dataDir) {
    return dataDir.resolve("pages");
  }

  /** crawler4j's frontier, rebuilt on every run. */
  public static Path frontierDir(Path dataDir) {
    return dataDir.resolve("frontier");
  }
}
