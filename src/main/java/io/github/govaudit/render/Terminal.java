package io.github.govaudit.render;

import java.util.regex.Pattern;

/** Makes crawled text safe to print on a terminal: no control characters or escape sequences. */
public final class Terminal {

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\t]]");

  private Terminal() {}

  /** {@code text} with control and format characters removed; null becomes empty. */
  public static String clean(String text) {
    return text == null ? "" : CONTROL.matcher(text).replaceAll("");
  }
}
