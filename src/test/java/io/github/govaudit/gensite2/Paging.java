package io.github.govaudit.gensite2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Splits a column's entries into list pages and names each page's URL the way its CMS does. */
final class Paging {

  static final int PAGE_SIZE = 15;
  static final int REPORT_YEAR = 2026;

  private Paging() {}

  /** One list page: its URL (path and query) and its entries; {@code year} is set for year tabs. */
  record ListPage(String url, int number, int count, List<Entry> entries, Integer year) {}

  static List<ListPage> pages(Column column) {
    if (column.style() == ListStyle.YEAR_TABS) {
      return yearTabs(column);
    }
    List<Entry> entries = column.entries();
    int size = column.style() == ListStyle.SINGLE ? Math.max(1, entries.size()) : PAGE_SIZE;
    int count = Math.max(1, (entries.size() + size - 1) / size);
    List<ListPage> pages = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      List<Entry> slice = entries.subList((n - 1) * size, Math.min(entries.size(), n * size));
      pages.add(new ListPage(url(column, n), n, count, slice, null));
    }
    return pages;
  }

  /** The URL of page n (1-based) as the CMS links it. */
  static String url(Column column, int n) {
    String b = column.base();
    return switch (column.style()) {
      case HANWEB_PERPAGE_SCRIPT, HANWEB_NEXTGROUP ->
          n == 1 ? b + "index.html" : b + "index.html?uid=" + unitId(column) + "&pageNum=" + n;
      case DASH_LIST -> b + "list-" + column.id() + "-" + n + ".html";
      case SHTML_INDEX -> n == 1 ? b + "index.shtml" : b + "index_" + n + ".shtml";
      case JSP_PAGE -> n == 1 ? b + "list.jsp" : b + "list.jsp?page=" + n;
      case TRS_CREATE_PAGE -> n == 1 ? b + "index.html" : b + "index_" + (n - 1) + ".html";
      case GBK_LIST -> n == 1 ? b + "list.htm" : b + "list_" + n + ".htm";
      case SINGLE, YEAR_TABS -> b + "index.html";
    };
  }

  static int unitId(Column column) {
    return column.id() + 1000;
  }

  private static List<ListPage> yearTabs(Column column) {
    Map<Integer, List<Entry>> byYear = new TreeMap<>((a, b) -> b - a);
    for (Entry e : column.entries()) {
      byYear.computeIfAbsent(e.item().date().getYear(), y -> new ArrayList<>()).add(e);
    }
    byYear.putIfAbsent(REPORT_YEAR, List.of());
    List<ListPage> pages = new ArrayList<>();
    int n = 1;
    for (Map.Entry<Integer, List<Entry>> year : byYear.entrySet()) {
      String url = year.getKey() == REPORT_YEAR
          ? column.base() + "index.html" : column.base() + year.getKey() + ".html";
      pages.add(new ListPage(url, n++, byYear.size(), year.getValue(), year.getKey()));
    }
    return pages;
  }
}
