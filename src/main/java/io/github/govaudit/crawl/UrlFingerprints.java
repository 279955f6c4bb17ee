package io.github.govaudit.crawl;

import java.nio.charset.StandardCharsets;

/**
 * A compact set of URLs, kept as 64-bit fingerprints in one open-addressed array: about 16 bytes
 * a URL instead of the ~150 of a {@code HashSet<String>}, so a crawl of hundreds of thousands of
 * pages keeps its seen-set in a few megabytes. Two different URLs share a fingerprint with a
 * chance of about n²/2⁶⁵ (one in 40 million for a million URLs). Thread-safe.
 */
public final class UrlFingerprints {

  private static final long EMPTY = 0L;
  private static final int INITIAL_CAPACITY = 1 << 12;

  private long[] slots = new long[INITIAL_CAPACITY];
  private int size;

  /** The 64-bit fingerprint of {@code url} (never 0). */
  public static long of(String url) {
    byte[] bytes = url.getBytes(StandardCharsets.UTF_8);
    long h = 0xcbf29ce484222325L; // FNV-1a, then a strong finaliser
    for (byte b : bytes) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    h ^= bytes.length;
    h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
    h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == EMPTY ? 1 : h;
  }

  /** Adds {@code url}; returns false when it was already there. */
  public boolean add(String url) {
    return addFingerprint(of(url));
  }

  /** Whether {@code url} is in the set. */
  public boolean contains(String url) {
    return containsFingerprint(of(url));
  }

  /** Removes {@code url}; returns whether it was there. */
  public boolean remove(String url) {
    return removeFingerprint(of(url));
  }

  /** Number of URLs in the set. */
  public synchronized int size() {
    return size;
  }

  synchronized boolean addFingerprint(long f) {
    if ((size + 1) * 2L > slots.length) {
      grow();
    }
    int i = slot(f, slots.length);
    while (slots[i] != EMPTY) {
      if (slots[i] == f) {
        return false;
      }
      i = (i + 1) & (slots.length - 1);
    }
    slots[i] = f;
    size++;
    return true;
  }

  synchronized boolean containsFingerprint(long f) {
    int i = slot(f, slots.length);
    while (slots[i] != EMPTY) {
      if (slots[i] == f) {
        return true;
      }
      i = (i + 1) & (slots.length - 1);
    }
    return false;
  }

  synchronized boolean removeFingerprint(long f) {
    int mask = slots.length - 1;
    int i = slot(f, slots.length);
    while (slots[i] != f) {
      if (slots[i] == EMPTY) {
        return false;
      }
      i = (i + 1) & mask;
    }
    // backward-shift deletion keeps every probe chain unbroken without tombstones
    int hole = i;
    for (int j = (hole + 1) & mask; slots[j] != EMPTY; j = (j + 1) & mask) {
      int home = slot(slots[j], slots.length);
      if (((j - home) & mask) >= ((j - hole) & mask)) {
        slots[hole] = slots[j];
        hole = j;
      }
    }
    slots[hole] = EMPTY;
    size--;
    return true;
  }

  /** Calls {@code action} with every fingerprint in the set. */
  synchronized void forEachFingerprint(java.util.function.LongConsumer action) {
    for (long f : slots) {
      if (f != EMPTY) {
        action.accept(f);
      }
    }
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    size = 0;
    for (long f : old) {
      if (f != EMPTY) {
        addFingerprint(f);
      }
    }
  }

  private static int slot(long f, int length) {
    return (int) (f ^ (f >>> 32)) & (length - 1);
  }

  @Override
  public String toString() {
    return "UrlFingerprints[" + size + " URLs]";
  }
}
