package io.github.govaudit.page;

import java.util.regex.Pattern;

/** Whitespace handling for text read from Chinese pages (non-breaking and full-width spaces). */
final class Texts {

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u3000\\u2002\\u2003\\u200b\\ufeff]+");

  private Texts() {}

  /** Collapses every run of whitespace to one space and trims. */
  static String normalize(String text) {
    if (text == null) {
      return "";
    }
    return SPACES.matcher(text).replaceAll(" ").strip();
  }

  /** Removes all whitespace. */
  static String compact(String text) {
    if (text == null) {
      return "";
    }
    return SPACES.matcher(text).replaceAll("");
  }

  /** True when the text is null or only whitespace. */
  static boolean isBlank(String text) {
    return compact(text).isEmpty();
  }
}
