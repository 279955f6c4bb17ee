package io.github.govaudit.count;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts the anchor texts of the links to each URL, from several threads, to name a column by the
 * text most links to it use. Most URLs are only ever linked with one text, so a URL keeps a count
 * map only once a second text shows up: a 200k-page site links to about as many URLs.
 */
final class AnchorTally {

  private final Map<String, Texts> byUrl = new ConcurrentHashMap<>();

  /** Counts one link to {@code url} reading {@code anchor}. */
  void add(String url, String anchor) {
    byUrl.computeIfAbsent(url, k -> new Texts(anchor)).add(anchor);
  }

  /** Each URL's most used anchor text; ties go to the text that sorts last. */
  Map<String, String> mostUsed() {
    Map<String, String> most = new HashMap<>(byUrl.size() * 4 / 3 + 1);
    byUrl.forEach((url, texts) -> most.put(url, texts.mostUsed()));
    return most;
  }

  /** The texts of the links to one URL with their counts. */
  private static final class Texts {
    private final String first;
    private int firstCount;
    private Map<String, Integer> others;

    Texts(String first) {
      this.first = first;
    }

    synchronized void add(String anchor) {
      if (anchor.equals(first)) {
        firstCount++;
      } else {
        if (others == null) {
          others = new HashMap<>(4);
        }
        others.merge(anchor, 1, Integer::sum);
      }
    }

    synchronized String mostUsed() {
      String best = first;
      int bestCount = firstCount;
      if (others != null) {
        for (Map.Entry<String, Integer> e : others.entrySet()) {
          int c = e.getValue();
          if (c > bestCount || c == bestCount && e.getKey().compareTo(best) > 0) {
            best = e.getKey();
            bestCount = c;
          }
        }
      }
      return best;
    }
  }
}
