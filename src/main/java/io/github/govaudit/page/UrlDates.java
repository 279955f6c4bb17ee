package io.github.govaudit.page;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates that CMSs write into URLs: TRS {@code t20240512_123.html}, Hanweb
 * {@code /art/2024/5/12/art_…}, {@code /2024/05/12/}, {@code /20240512/}; and year-month folders
 * ({@code /202405/}) that give only a year, never a full date.
 */
final class UrlDates {

  private static final Pattern SLASHED =
      Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?=[/_.-])");
  private static final Pattern COMPACT =
      Pattern.compile("(?:^|[/_=tT-]|/P0)((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=[/_.-]|\\d{3,}|$)");
  private static final Pattern YEAR_MONTH =
      Pattern.compile("/((?:19|20)\\d{2})[-/]?(0[1-9]|1[0-2])(?=/)");

  private static final Pattern SCHEME_AND_HOST = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*");

  /** The full date in {@code url}'s path, if it carries one. */
  Optional<LocalDate> date(String url) {
    String path = pathOf(url);
    Matcher m = SLASHED.matcher(path);
    if (m.find()) {
      Optional<LocalDate> d =
          DateParser.of(num(m.group(1)), num(m.group(2)), num(m.group(3)));
      if (d.isPresent()) {
        return d;
      }
    }
    Matcher c = COMPACT.matcher(path);
    while (c.find()) {
      Optional<LocalDate> d = DateParser.of(num(c.group(1)), num(c.group(2)), num(c.group(3)));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /** The year and month in {@code url}'s path (from a full date or a {@code /202405/} folder). */
  Optional<YearMonth> yearMonth(String url) {
    Optional<LocalDate> full = date(url);
    if (full.isPresent()) {
      return full.map(YearMonth::from);
    }
    Matcher m = YEAR_MONTH.matcher(pathOf(url));
    while (m.find()) {
      int year = num(m.group(1));
      if (DateParser.of(year, num(m.group(2)), 1).isPresent()) {
        return Optional.of(YearMonth.of(year, num(m.group(2))));
      }
    }
    return Optional.empty();
  }

  private static int num(String s) {
    return Integer.parseInt(s);
  }

  private static String pathOf(String url) {
    if (url == null) {
      return "";
    }
    String u = SCHEME_AND_HOST.matcher(url).replaceFirst("");
    int q = u.indexOf('#');
    return q >= 0 ? u.substring(0, q) : u;
  }
}
