package io.github.govaudit.render;

import io.github.govaudit.render.ReportCharts.ColumnAge;
import io.github.govaudit.render.ReportCharts.Month;
import java.util.ArrayList;
import java.util.List;

/** Lays the report's charts out as SVG shapes for the HTML template: geometry here, markup in the template. */
final class SvgCharts {

  /** A column not updated for two weeks: inspectors fault a home-page news column past this. */
  static final int STALE_NEWS_DAYS = 14;
  /** A column not updated for six months counts as not maintained. */
  static final int STALE_COLUMN_DAYS = 180;
  /** Columns shown in the freshness chart, stalest first. */
  static final int MAX_COLUMNS = 40;

  private static final String[] CATEGORY_NAMES = {"概况", "政务动态", "信息公开目录", "其他"};
  private static final String[] CATEGORY_COLORS = {"#4e79a7", "#f28e2b", "#59a14f", "#bab0ac"};
  private static final int WIDTH = 760;

  private SvgCharts() {}

  /** The charts that have data: items per month when any was counted, column freshness when any column has a date. */
  static List<Chart> of(ReportCharts data, int year) {
    List<Chart> charts = new ArrayList<>();
    if (data.months().stream().anyMatch(m -> m.overview() + m.news() + m.disclosure() + m.other() > 0)) {
      charts.add(months(data.months(), year));
    }
    if (!data.columns().isEmpty()) {
      charts.add(freshness(data));
    }
    return charts;
  }

  private static Chart months(List<Month> months, int year) {
    int left = 44;
    int top = 16;
    int plotH = 200;
    int height = top + plotH + 60;
    double groupW = (WIDTH - left - 10) / 12.0;
    double barW = (groupW - 6) / 4;
    int max = 1;
    for (Month m : months) {
      max = Math.max(max, Math.max(Math.max(m.overview(), m.news()), Math.max(m.disclosure(), m.other())));
    }
    int step = niceStep(max);
    int top10 = ((max + step - 1) / step) * step;
    List<Shape> bars = new ArrayList<>();
    List<Text> texts = new ArrayList<>();
    List<Shape> lines = new ArrayList<>();
    for (int v = 0; v <= top10; v += step) {
      double y = top + plotH - (double) v / top10 * plotH;
      lines.add(new Shape(left, y, WIDTH - 10 - left, 0.5, "#dddddd", "", null));
      texts.add(new Text(left - 4, y + 4, String.valueOf(v), "end"));
    }
    for (Month m : months) {
      double x0 = left + (m.month() - 1) * groupW + 3;
      int[] counts = {m.overview(), m.news(), m.disclosure(), m.other()};
      for (int c = 0; c < 4; c++) {
        double h = (double) counts[c] / top10 * plotH;
        bars.add(new Shape(x0 + c * barW, top + plotH - h, barW - 1, h, CATEGORY_COLORS[c],
            year + "-" + pad(m.month()) + " " + CATEGORY_NAMES[c] + ": " + counts[c], null));
      }
      texts.add(new Text(x0 + groupW / 2 - 3, top + plotH + 16, m.month() + "月", "middle"));
    }
    List<Legend> legend = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      legend.add(new Legend(left + c * 130, top + plotH + 32, CATEGORY_COLORS[c], CATEGORY_NAMES[c]));
    }
    return new Chart("chart-months", year + "年各月信息发布量（按栏目类别）",
        "Items counted in " + year + " per month, by the category of the columns listing them; an item listed "
            + "in two categories is counted in both, as in the report.", WIDTH, height, bars, texts, lines, legend);
  }

  private static Chart freshness(ReportCharts data) {
    List<ColumnAge> shown = data.columns().subList(0, Math.min(MAX_COLUMNS, data.columns().size()));
    int labelW = 280;
    int rowH = 18;
    int top = 8;
    int height = top + shown.size() * rowH + 44;
    long max = Math.max(1, shown.stream().mapToLong(ColumnAge::days).max().orElse(1));
    double scale = (WIDTH - labelW - 70) / (double) max;
    List<Shape> bars = new ArrayList<>();
    List<Text> texts = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      ColumnAge a = shown.get(i);
      double y = top + i * rowH;
      String color = a.days() > STALE_COLUMN_DAYS ? "#e15759" : a.days() > STALE_NEWS_DAYS ? "#edc948" : "#59a14f";
      bars.add(new Shape(labelW, y + 2, Math.max(1, a.days() * scale), rowH - 5, color,
          a.path() + ": last item " + a.lastUpdate() + ", " + a.days() + " days", ValueText.isWebUrl(a.url()) ? a.url() : null));
      texts.add(new Text(labelW - 6, y + rowH - 5, shorten(a.path()), "end"));
      texts.add(new Text(labelW + Math.max(1, a.days() * scale) + 4, y + rowH - 5, a.days() + "天", "start"));
    }
    int ly = top + shown.size() * rowH + 18;
    List<Legend> legend = List.of(
        new Legend(labelW, ly, "#59a14f", "≤" + STALE_NEWS_DAYS + "天"),
        new Legend(labelW + 110, ly, "#edc948", STALE_NEWS_DAYS + "–" + STALE_COLUMN_DAYS + "天"),
        new Legend(labelW + 240, ly, "#e15759", ">" + STALE_COLUMN_DAYS + "天"));
    String more = data.columns().size() > shown.size()
        ? " The " + shown.size() + " stalest of " + data.columns().size() + " columns are shown." : "";
    return new Chart("chart-freshness", "栏目更新情况（距最近一条信息的天数）",
        "Days from each column's newest dated item to " + data.asOf() + " (the crawl's end), stalest first." + more,
        WIDTH, height, bars, texts, List.of(), legend);
  }

  private static int niceStep(int max) {
    int raw = Math.max(1, (int) Math.ceil(max / 4.0));
    int mag = (int) Math.pow(10, (int) Math.floor(Math.log10(raw)));
    for (int m : new int[] {1, 2, 5, 10}) {
      if (raw <= m * mag) {
        return m * mag;
      }
    }
    return 10 * mag;
  }

  private static String shorten(String s) {
    return s.length() <= 22 ? s : "…" + s.substring(s.length() - 21);
  }

  /** {@code v} to a tenth: finer than a screen shows, and short in the file. */
  static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  private static String pad(int m) {
    return m < 10 ? "0" + m : String.valueOf(m);
  }

  /**
   * A chart: its title, a caption saying what it counts, and its shapes.
   */
  record Chart(String id, String title, String caption, int width, int height, List<Shape> bars, List<Text> texts,
      List<Shape> lines, List<Legend> legend) {}

  /** A rectangle with its tooltip and, for a column's bar, a link to the column. */
  record Shape(double x, double y, double w, double h, String fill, String tip, String href) {
    Shape {
      x = round(x);
      y = round(y);
      w = round(w);
      h = round(h);
    }
  }

  /** A text at a point; anchor is start, middle or end. */
  record Text(double x, double y, String text, String anchor) {
    Text {
      x = round(x);
      y = round(y);
    }
  }

  /** A legend entry. */
  record Legend(double x, double y, String fill, String text) {}
}
