package io.github.govaudit.store;

import java.nio.file.Path;

/** Where things live inside a data directory. */
public final class StoreLayout {

  private StoreLayout() {}

  /** The Lucene index of pages. */
  public static Path pagesDir(Path dataDir) {
    return dataDir.resolve("pages");
  }

  /**
   * The Lucene index of page bodies, beside the pages: reading pages without their bodies (the
   * report) then decompresses none. Stores written before it kept each body in its page.
   */
  public static Path bodiesDir(Path dataDir) {
    return dataDir.resolve("bodies");
  }

  /**
   * The analyses the report made of pages the crawl stored without one, kept for the next reader
   * ({@link Analyses}).
   */
  public static Path analysesDir(Path dataDir) {
    return dataDir.resolve("analyses");
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
