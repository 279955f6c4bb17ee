package io.github.govaudit.page;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The year a list's heading or selected year tab prints just above it ("2024年访谈",
 * "2024年"), for lists that print only month and day.
 */
final class ListContextYear {

  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
  /** A heading or tab is short; a longer text is a paragraph that merely mentions a year. */
  private static final int MAX_HEADING = 24;
  private static final Evaluator SELECTED_TAB = QueryParser.parse(".on, .active, .cur, .current, .selected");
  /** How many elements before the list (and before its ancestors) are looked at. */
  private static final int REACH = 3;

  /** The year printed above {@code list}, if any. */
  OptionalInt of(Element list) {
    Element e = list;
    for (int level = 0; level < REACH && e != null; level++, e = e.parent()) {
      Element prev = e.previousElementSibling();
      for (int i = 0; i < REACH && prev != null; i++, prev = prev.previousElementSibling()) {
        OptionalInt year = yearIn(prev);
        if (year.isPresent()) {
          return year;
        }
      }
    }
    return OptionalInt.empty();
  }

  private static OptionalInt yearIn(Element e) {
    Element selected = e.selectFirst(SELECTED_TAB);
    if (selected != null) {
      Matcher m = YEAR.matcher(selected.text());
      if (m.find()) {
        return OptionalInt.of(Integer.parseInt(m.group(1)));
      }
    }
    String text = Texts.normalize(e.text());
    Matcher m = YEAR.matcher(text);
    if (text.length() <= MAX_HEADING && m.find()) {
      return OptionalInt.of(Integer.parseInt(m.group(1)));
    }
    return OptionalInt.empty();
  }
}
