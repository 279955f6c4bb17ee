package io.github.govaudit.page;

/**
 * Whitespace handling for text read from Chinese pages (non-breaking and full-width spaces). The
 * spaces are those of the pattern {@code [\s\u00a0\u3000\u2002\u2003\u200b\ufeff]}, matched by hand:
 * these run on every text node of every page.
 */
final class Texts {

  private Texts() {}

  /** Collapses every run of whitespace to one space and trims. */
  static String normalize(String text) {
    if (text == null) {
      return "";
    }
    int n = text.length();
    int i = firstSpace(text);
    if (i == n) {
      return text.strip();
    }
    StringBuilder sb = new StringBuilder(n);
    sb.append(text, 0, i);
    boolean inRun = false;
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        if (!inRun) {
          sb.append(' ');
          inRun = true;
        }
      } else {
        sb.append(c);
        inRun = false;
      }
    }
    return sb.toString().strip();
  }

  /** Removes all whitespace. */
  static String compact(String text) {
    if (text == null) {
      return "";
    }
    int n = text.length();
    int i = firstSpace(text);
    if (i == n) {
      return text;
    }
    StringBuilder sb = new StringBuilder(n);
    sb.append(text, 0, i);
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (!isSpace(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Where a text stands in another: from {@code start} to just before {@code end}. */
  record Span(int start, int end) {}

  /**
   * Where {@code needle} first stands in {@code text} when whitespace is ignored on both sides (a
   * title broken by {@code <br>} in the page but joined by a space in {@code <title>}).
   */
  static java.util.Optional<Span> findIgnoringSpace(String text, String needle) {
    String n = compact(needle);
    if (n.isEmpty()) {
      return java.util.Optional.empty();
    }
    for (int start = text.indexOf(n.charAt(0)); start >= 0; start = text.indexOf(n.charAt(0), start + 1)) {
      int i = start;
      int j = 0;
      while (i < text.length() && j < n.length()) {
        char c = text.charAt(i);
        if (c == n.charAt(j)) {
          j++;
        } else if (!isSpace(c)) {
          break;
        }
        i++;
      }
      if (j == n.length()) {
        return java.util.Optional.of(new Span(start, i));
      }
    }
    return java.util.Optional.empty();
  }

  /** True when the text is null or only whitespace. */
  static boolean isBlank(String text) {
    if (text == null) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** True for the whitespace of Chinese pages: ASCII whitespace, NBSP, ideographic, en, em and zero-width spaces, BOM. */
  static boolean isSpace(char c) {
    if (c <= ' ') {
      return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
    return c == '\u00a0' || c == '\u3000' || c == '\u2002' || c == '\u2003' || c == '\u200b' || c == '\ufeff';
  }

  private static int firstSpace(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      if (isSpace(text.charAt(i))) {
        return i;
      }
    }
    return n;
  }
}
