package io.github.govaudit.page;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code \b} does at the ends of a word, done by hand on the long texts of a page (its scripts,
 * its markup). A pattern that starts with {@code \b} makes the regex engine test the boundary at
 * every character of the text, about ten times slower than looking for the word itself and testing
 * the boundary where it is found. Word characters are those of {@code \b}: letters, digits and
 * {@code _}.
 */
final class WordStarts {

  private WordStarts() {}

  /**
   * The first match of {@code word} (a pattern starting with a word character) that starts a word,
   * as {@code \b} + {@code word} would find it, or null.
   */
  static Matcher find(Pattern word, CharSequence text) {
    Matcher m = word.matcher(text);
    while (m.find()) {
      if (m.start() == 0 || !isWordChar(text.charAt(m.start() - 1))) {
        return m;
      }
    }
    return null;
  }

  /**
   * Whether {@code text} names a file with one of {@code extensions} (lower case, ASCII): a dot, the
   * extension in any case, then no word character, as {@code (?i)\.(?:a|b)\b} finds it.
   */
  static boolean mentionsExtension(String text, List<String> extensions) {
    for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
      for (String ext : extensions) {
        int end = dot + 1 + ext.length();
        if (end <= text.length() && text.regionMatches(true, dot + 1, ext, 0, ext.length())
            && (end == text.length() || !isWordChar(text.charAt(end)))) {
          return true;
        }
      }
    }
    return false;
  }

  /** A word character of {@code \b} (without {@code UNICODE_CHARACTER_CLASS}). */
  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
