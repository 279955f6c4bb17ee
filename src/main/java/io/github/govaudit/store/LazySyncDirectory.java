package io.github.govaudit.store;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;

/**
 * A directory whose commits reach the operating system at once but are forced to the disk only
 * when {@link #syncNow()} says so. A commit per page is then cheap, and a killed crawl still
 * loses nothing committed (the kernel keeps what was written); only a power cut could cost the
 * commits since the last forced one.
 */
final class LazySyncDirectory extends FilterDirectory {

  private volatile boolean forceNextSync;

  LazySyncDirectory(Directory in) {
    super(in);
  }

  /** Makes the next commit force its files to disk. */
  void syncNow() {
    forceNextSync = true;
  }

  @Override
  public void sync(Collection<String> names) throws IOException {
    if (forceNextSync) {
      super.sync(names);
    }
  }

  @Override
  public void syncMetaData() throws IOException {
    if (forceNextSync) {
      super.syncMetaData();
      forceNextSync = false;
    }
  }
}
