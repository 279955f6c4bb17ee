package io.github.govaudit.page;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jsoup.nodes.Element;

/**
 * Turns printed list entries into {@link ListItem}s, giving month-day dates ({@code [05-12]}) their
 * year from evidence only: the entry's URL date, then a year heading above its group, then the nearest
 * entry with a full date, then the list page's URL, then the year printed above the list. With no evidence the date stays null (never guessed).
 */
final class ListDates {

  private final UrlDates urlDates = new UrlDates();
  private final ListContextYear headings = new ListContextYear();

  /** The items of {@code raws}, in order, on the list page at {@code pageUrl}. */
  List<ListItem> items(String pageUrl, List<ListEntries.Raw> raws, OptionalInt contextYear) {
    Map<Element, OptionalInt> yearsAbove = new IdentityHashMap<>(); // entries of a group share their heading
    List<LocalDate> known = new ArrayList<>();
    for (ListEntries.Raw r : raws) {
      known.add(r.date() != null ? r.date() : fromOwnUrl(r).orElse(null));
    }
    List<ListItem> out = new ArrayList<>();
    for (int i = 0; i < raws.size(); i++) {
      ListEntries.Raw r = raws.get(i);
      int at = i;
      LocalDate date = known.get(i);
      if (date == null && r.monthDay() != null) {
        date = fromHeading(r, yearsAbove).or(() -> fromNeighbour(r.monthDay(), raws, at))
            .or(() -> fromPage(r.monthDay(), pageUrl))
            .or(() -> contextYear.isPresent() ? r.monthDay().inYear(contextYear.getAsInt()) : Optional.empty())
            .orElse(null);
      }
      out.add(new ListItem(r.title(), r.url(), date, r.dateText()));
    }
    return out;
  }

  private Optional<LocalDate> fromOwnUrl(ListEntries.Raw r) {
    if (r.monthDay() == null) {
      return Optional.empty();
    }
    Optional<YearMonth> ym = urlDates.yearMonth(r.url());
    return ym.flatMap(y -> nearest(r.monthDay(), y.atDay(1)));
  }

  /**
   * The year printed in a heading just above the entry's own group ("2026年" over one {@code <ul>},
   * "2025年" over the next), which beats any neighbour: lists grouped by year say so.
   */
  private Optional<LocalDate> fromHeading(ListEntries.Raw r, Map<Element, OptionalInt> yearsAbove) {
    if (r.element() == null || r.element().parent() == null) {
      return Optional.empty();
    }
    OptionalInt year = yearsAbove.computeIfAbsent(r.element().parent(), headings::of);
    return year.isPresent() ? r.monthDay().inYear(year.getAsInt()) : Optional.empty();
  }

  private Optional<LocalDate> fromNeighbour(DateParser.MonthDay md, List<ListEntries.Raw> raws, int at) {
    for (int d = 1; d < raws.size(); d++) {
      for (int j : new int[] {at - d, at + d}) {
        if (j >= 0 && j < raws.size() && raws.get(j).date() != null) {
          return nearest(md, raws.get(j).date());
        }
      }
    }
    return Optional.empty();
  }

  private Optional<LocalDate> fromPage(DateParser.MonthDay md, String pageUrl) {
    return urlDates.yearMonth(pageUrl).flatMap(y -> md.inYear(y.getYear()));
  }

  /** The date with this month and day closest to {@code anchor} (the year before, of, or after). */
  private static Optional<LocalDate> nearest(DateParser.MonthDay md, LocalDate anchor) {
    Optional<LocalDate> best = Optional.empty();
    long bestDistance = Long.MAX_VALUE;
    for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
      Optional<LocalDate> d = md.inYear(y);
      if (d.isPresent()) {
        long distance = Math.abs(ChronoUnit.DAYS.between(anchor, d.get()));
        if (distance < bestDistance) {
          bestDistance = distance;
          best = d;
        }
      }
    }
    return best;
  }
}
