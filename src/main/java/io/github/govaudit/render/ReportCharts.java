package io.github.govaudit.render;

import io.github.govaudit.count.Column;
import io.github.govaudit.count.Item;
import io.github.govaudit.count.WorkReportBuilder;
import io.github.govaudit.page.Category;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the HTML report charts, taken from the counted items and columns (the JSON report holds
 * only the totals): items counted in the year per month and category, and each column's last
 * update. Empty when the report is rendered without its counts.
 *
 * @param months twelve months of the year, January first; empty when not known
 * @param columns columns with a dated item, stalest first; empty when not known
 * @param asOf the day the ages are counted to (the crawl's end)
 */
public record ReportCharts(List<Month> months, List<ColumnAge> columns, LocalDate asOf) {

  public ReportCharts {
    months = List.copyOf(months);
    columns = List.copyOf(columns);
  }

  /** No charts: the report alone. */
  public static ReportCharts none() {
    return new ReportCharts(List.of(), List.of(), null);
  }

  /** The charts of {@code counted} for {@code year}, ages counted to {@code asOf}. */
  public static ReportCharts of(WorkReportBuilder.Counted counted, int year, LocalDate asOf) {
    int[][] n = new int[12][Category.values().length];
    Map<String, LocalDate> last = new HashMap<>();
    for (Item i : counted.items().items()) {
      if (i.countsIn(year)) {
        for (Category c : i.categories()) {
          n[i.date().getMonthValue() - 1][c.ordinal()]++;
        }
      }
      if (i.date() != null && !i.date().isAfter(asOf)) {
        for (String c : i.columns()) {
          last.merge(c, i.date(), (a, b) -> a.isAfter(b) ? a : b);
        }
      }
    }
    List<Month> months = new ArrayList<>();
    for (int m = 0; m < 12; m++) {
      months.add(new Month(m + 1, n[m][Category.OVERVIEW.ordinal()], n[m][Category.NEWS.ordinal()],
          n[m][Category.DISCLOSURE.ordinal()], n[m][Category.OTHER.ordinal()]));
    }
    List<ColumnAge> ages = new ArrayList<>();
    for (Column c : counted.columns()) {
      LocalDate d = last.get(c.url());
      if (d != null) {
        ages.add(new ColumnAge(String.join(" > ", c.path()), c.url(), d, ChronoUnit.DAYS.between(d, asOf)));
      }
    }
    ages.sort(Comparator.comparingLong(ColumnAge::days).reversed().thenComparing(ColumnAge::path));
    return new ReportCharts(months, ages, asOf);
  }

  /**
   * Items counted in one month, by the category of the columns listing them (an item listed in
   * two categories counts in both, as in the report).
   */
  public record Month(int month, int overview, int news, int disclosure, int other) {}

  /**
   * A column's freshness.
   *
   * @param path the column's path in the tree
   * @param url its first list page
   * @param lastUpdate the date of its newest item
   * @param days days from its newest item to {@code asOf}
   */
  public record ColumnAge(String path, String url, LocalDate lastUpdate, long days) {}
}
