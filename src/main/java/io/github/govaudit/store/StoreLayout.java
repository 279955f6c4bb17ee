package io.github.govaudit.store;

import java.nio.file.Path;

/** Where things live inside a data directory. */
public final class StoreLayout {

  private StoreLayout() {}

  /** The Lucene index of pages. */
  public static Path pagesDir(Path dataDir) {
    return dataDir.resolve("pages");
  }

  /** The summary of the last crawl run. */
  public static Path summaryFile(Path dataDir) {
    return dataDir.resolve("crawl-summary.json");
  }

  /** The full-text index, built from the pages when first searched. */
  public static Path searchDir(Path dataDir) {
    return dataDir.resolve("search");
  }
}
