package io.github.govaudit.page;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates printed on government pages: {@code 2024-05-12}, {@code 2024-5-12},
 * {@code 2024/05/12}, {@code 2024.05.12}, {@code 2024年5月12日}, with optional brackets and time,
 * and month-day dates ({@code 05-12}, {@code [05-12]}) whose year must come from context.
 * Impossible dates are rejected.
 */
final class DateParser {

  /** Dates before this year are not publish dates of a web page. */
  private static final int MIN_YEAR = 1990;
  /** Dates after this year are typos or counters. */
  private static final int MAX_YEAR = 2100;

  private static final Pattern FULL =
      Pattern.compile(
          "(?<![\\d.])((?:19|20)\\d{2})\\s*(?:([-/.])\\s*(\\d{1,2})\\s*\\2|年\\s*(\\d{1,2})\\s*月)\\s*(\\d{1,2})(?!\\d)\\s*日?");
  private static final Pattern COMPACT =
      Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?!\\d)");
  private static final Pattern MONTH_DAY =
      Pattern.compile("(?<![\\d./:-])(\\d{1,2})(?:\\s*([-/.])\\s*|月)(\\d{1,2})(?![\\d:])(?!\\s*[-/.]\\s*\\d)\\s*日?");
  /** What may stand beside a date in a date-only text: its time. */
  private static final Pattern TIME_ONLY = Pattern.compile("[\\d:\\s]+");
  private static final Pattern BRACKETED = Pattern.compile("^[\\[(（【]\\s*(.*?)\\s*[\\])）】]$");

  /** A date found in text with where it was printed. */
  record Found(LocalDate date, String text, int start, int end) {}

  /** A month and day without a year, as printed. */
  record MonthDay(int month, int day, String text) {
    /** The date in {@code year}, empty when the day does not exist in that year. */
    Optional<LocalDate> inYear(int year) {
      return of(year, month, day);
    }
  }

  /** The first full date (with year) in {@code text}. */
  Optional<Found> first(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = FULL.matcher(text);
    while (m.find()) {
      Optional<Found> found = found(m);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** Every full date (with year) in {@code text}, in order. */
  List<Found> all(String text) {
    List<Found> found = new ArrayList<>();
    if (text == null) {
      return found;
    }
    Matcher m = FULL.matcher(text);
    while (m.find()) {
      found(m).ifPresent(found::add);
    }
    return found;
  }

  /** The date {@link #FULL} matched, empty when it does not exist. */
  private static Optional<Found> found(Matcher m) {
    String month = m.group(3) != null ? m.group(3) : m.group(4);
    return of(Integer.parseInt(m.group(1)), Integer.parseInt(month), Integer.parseInt(m.group(5)))
        .map(d -> new Found(d, m.group().strip(), m.start(), m.end()));
  }

  /** A date written as {@code 20240512} (URLs, file names). */
  Optional<LocalDate> compact(String text) {
    Matcher m = COMPACT.matcher(text);
    while (m.find()) {
      Optional<LocalDate> d =
          of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /** The first month-day date ({@code 05-12}, {@code 5月12日}) in {@code text}. */
  Optional<MonthDay> monthDay(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = MONTH_DAY.matcher(text);
    while (m.find()) {
      int month = Integer.parseInt(m.group(1));
      int day = Integer.parseInt(m.group(3));
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31 && of(2000, month, day).isPresent()) {
        return Optional.of(new MonthDay(month, day, m.group().strip()));
      }
    }
    return Optional.empty();
  }

  /** The whole of {@code text} is one date (full or month-day), perhaps bracketed. */
  boolean isDateOnly(String text) {
    String t = Texts.normalize(text);
    Matcher b = BRACKETED.matcher(t);
    if (b.matches()) {
      t = b.group(1);
    }
    if (t.isEmpty() || !hasDigit(t)) {
      return false; // every date has digits
    }
    Optional<Found> full = first(t);
    if (full.isPresent()) {
      String rest = (t.substring(0, full.get().start()) + t.substring(full.get().end())).strip();
      return rest.isEmpty() || TIME_ONLY.matcher(rest).matches();
    }
    Optional<MonthDay> md = monthDay(t);
    return md.isPresent() && t.replace(md.get().text(), "").strip().isEmpty();
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /** A valid date, empty for impossible ones (2月30日) or years out of range. */
  static Optional<LocalDate> of(int year, int month, int day) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
