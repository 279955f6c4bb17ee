package io.github.govaudit.page;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of literal words to look for in a text, found in one pass over its characters: the
 * alternation of literals a pattern would try at every position, tried only where one of the
 * words starts. Immutable, thread-safe.
 */
final class Words {

  private final BitSet firstChars = new BitSet();
  private final Map<Character, List<String>> byFirstChar = new HashMap<>();

  private Words(List<String> words) {
    for (String w : words) {
      if (w.isEmpty()) {
        throw new IllegalArgumentException("an empty word is found everywhere");
      }
      firstChars.set(w.charAt(0));
      byFirstChar.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
    }
  }

  static Words of(String... words) {
    return new Words(List.of(words));
  }

  /** True when one of the words occurs in {@code text}. */
  boolean foundIn(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (firstChars.get(c)) {
        for (String w : byFirstChar.get(c)) {
          if (text.startsWith(w, i)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
