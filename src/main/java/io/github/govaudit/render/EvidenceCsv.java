package io.github.govaudit.render;

import io.github.govaudit.count.Column;
import io.github.govaudit.count.Item;
import io.github.govaudit.count.ItemIndex;
import io.github.govaudit.page.Category;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code evidence-Y.csv}: one row per item seen, with its date and where the date came from, the
 * columns listing it, its categories, the fields it was counted in, and why it was not counted.
 */
public final class EvidenceCsv {

  /** The header row; other tools read these names. */
  public static final List<String> HEADER = List.of(
      "url", "title", "date", "date_source", "columns", "categories", "counted_in", "reason");

  /** Writes the rows for {@code year}, UTF-8 with a BOM so that Excel reads the Chinese right. */
  public void write(Writer out, ItemIndex index, List<Column> columns, int year) throws IOException {
    Map<String, Column> byUrl = columns.stream().collect(Collectors.toMap(Column::url, Function.identity(), (a, b) -> a));
    out.write('\uFEFF');
    row(out, HEADER);
    for (Item i : index.items()) {
      row(out, List.of(i.url(), i.title(), i.date() == null ? "" : i.date().toString(),
          i.dateSource() == null ? "" : i.dateSource().key(),
          i.columns().stream().map(u -> byUrl.containsKey(u) ? String.join(" > ", byUrl.get(u).path()) : u)
              .collect(Collectors.joining(" | ")),
          i.categories().stream().map(Category::key).sorted().collect(Collectors.joining(" ")),
          String.join(" ", countedIn(i, year)), reason(i, year)));
    }
    for (ItemIndex.ExternalEntry e : index.external()) {
      String col = byUrl.containsKey(e.column()) ? String.join(" > ", byUrl.get(e.column()).path()) : e.column();
      row(out, List.of(e.url(), e.title(), "", "", col, "", "", "external entry (外链): excluded from every count"));
    }
  }

  static List<String> countedIn(Item i, int year) {
    List<String> in = new ArrayList<>();
    if (!i.countsIn(year)) {
      return in;
    }
    in.add("info_publishing.total");
    if (i.categories().contains(Category.OVERVIEW)) {
      in.add("info_publishing.overview_updates");
    }
    if (i.categories().contains(Category.NEWS)) {
      in.add("info_publishing.news_updates");
    }
    if (i.categories().contains(Category.DISCLOSURE)) {
      in.add("info_publishing.disclosure_updates");
    }
    if (i.interpretation() != null) {
      in.add("interpretation." + switch (i.interpretation()) {
        case MATERIAL -> "materials";
        case PRODUCT -> "products";
        case MEDIA_REVIEW -> "media_reviews";
      });
    }
    if (i.hotResponse()) {
      in.add("interpretation.hot_responses");
    }
    return in;
  }

  private static String reason(Item i, int year) {
    if (i.date() == null) {
      return "no publish date found in its list, on its page or in its URL: counted nowhere";
    }
    if (!i.listed()) {
      return "in no column (no column lists it and its breadcrumb names none; linked from the home page, "
          + "a sidebar or an article): counted nowhere, as the form counts items in columns";
    }
    return i.inYear(year) ? "" : "published in " + i.date().getYear() + ", not " + year;
  }

  private static void row(Writer out, List<String> cells) throws IOException {
    out.write(cells.stream().map(EvidenceCsv::quote).collect(Collectors.joining(",")));
    out.write("\r\n");
  }

  private static String quote(String s) {
    String v = s == null ? "" : s;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v; // a crawled title must not run as a spreadsheet formula
    }
    return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || !v.equals(s)
        ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }
}
