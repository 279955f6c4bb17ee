package io.github.govaudit.page;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the readers of figures an item page prints (consultations, interviews) share: how a count is
 * written, and the rule that a total (共 / 合计 / 累计) wins over the first figure. They read the
 * page's text outside its chrome and sidebars ({@link PageContext#mainText}), built once for both.
 * Stateless.
 */
final class PrintedFigures {

  /** Marks a figure the page does not print. */
  static final int NOT_PRINTED = -1;
  /** A count as printed: digits, with thousands separated by commas or not. */
  static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d{1,9})";
  /** Words between two parts of one clause: no clause break, no digit. */
  static final String GAP = "[^。；;，,！!？?\\d]";
  /** Words just before a figure that make it a total. */
  private static final Pattern TOTAL = Pattern.compile("(?:共|合计|累计|总共|总计)$");
  private static final int TOTAL_WORD_CHARS = 2;

  private PrintedFigures() {}

  /** Whether {@code text} holds one of {@code words}: the cheap test before any pattern runs. */
  static boolean containsAny(String text, List<String> words) {
    for (String w : words) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The total the text prints by any of {@code patterns} (group 1 is the figure), else the first
   * figure, else {@link #NOT_PRINTED}.
   */
  static int figure(Pattern[] patterns, String text) {
    int first = NOT_PRINTED;
    int firstAt = Integer.MAX_VALUE;
    for (Pattern p : patterns) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        int value = Integer.parseInt(m.group(1).replace(",", ""));
        if (TOTAL.matcher(text.substring(Math.max(0, m.start() - TOTAL_WORD_CHARS), m.start())).find()
            || isTotalWord(m.group())) {
          return value;
        }
        if (m.start() < firstAt) {
          first = value;
          firstAt = m.start();
        }
      }
    }
    return first;
  }

  /** Whether the match itself opens with a total word (共有 N 人次参与). */
  private static boolean isTotalWord(String match) {
    return match.startsWith("共") || match.startsWith("合计") || match.startsWith("累计") || match.startsWith("总计");
  }
}
