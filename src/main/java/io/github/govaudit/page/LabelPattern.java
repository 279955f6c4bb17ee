package io.github.govaudit.page;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern built around a list of label words ({@code before(?:word|word|…)after}), whose matches
 * are tried only where one of the words starts: knowing the words' first characters spares trying
 * the pattern at every character of a long text. The matches are those a {@code find()} loop of
 * the pattern gives, in the same order; {@code before} may look behind, beyond where a match starts.
 * Immutable, thread-safe.
 */
final class LabelPattern {

  /** Characters that would make a word more than a literal. */
  private static final Pattern META = Pattern.compile("[\\\\.\\[\\]{}()*+?^$|]");

  private final Pattern pattern;
  private final BitSet firstChars = new BitSet();

  private LabelPattern(String before, List<String> words, String after) {
    for (String w : words) {
      if (w.isEmpty() || META.matcher(w).find()) {
        throw new IllegalArgumentException("a label word must be a plain literal: '" + w + "'");
      }
      firstChars.set(w.charAt(0));
    }
    this.pattern = Pattern.compile(before + "(?:" + String.join("|", words) + ")" + after);
  }

  /**
   * @param before what must stand before a word: a lookbehind, or empty
   * @param words the label words, tried in this order at each place
   * @param after what follows a word
   */
  static LabelPattern of(String before, List<String> words, String after) {
    return new LabelPattern(before, words, after);
  }

  /** The pattern itself. */
  Pattern pattern() {
    return pattern;
  }

  /** The matches of the pattern in {@code text}, one {@link Matches#find()} after the other. */
  Matches in(String text) {
    return new Matches(text);
  }

  /** The matches in one text, as {@link Matcher#find()} gives them. Not thread-safe. */
  final class Matches {

    private final String text;
    private final Matcher matcher;
    private int from;

    private Matches(String text) {
      this.text = text;
      this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** Moves to the next match; false when there is none. */
    boolean find() {
      int n = text.length();
      while (from < n) {
        int at = from;
        while (at < n && !firstChars.get(text.charAt(at))) {
          at++;
        }
        if (at == n) {
          break;
        }
        matcher.region(at, n);
        if (matcher.lookingAt()) {
          from = matcher.end() > at ? matcher.end() : at + 1;
          return true;
        }
        from = at + 1;
      }
      from = n;
      return false;
    }

    int end() {
      return matcher.end();
    }

    String group(int group) {
      return matcher.group(group);
    }
  }
}
