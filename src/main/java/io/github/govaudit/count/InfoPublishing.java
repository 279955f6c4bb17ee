package io.github.govaudit.count;

import io.github.govaudit.page.Category;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** 信息发布: distinct items of the year in all, and by the category of the columns that list them. */
final class InfoPublishing {

  private InfoPublishing() {}

  static Map<String, Field> count(ItemIndex index, int year) {
    List<Item> items = index.inYear(year);
    Map<String, Field> f = new LinkedHashMap<>();
    f.put("total", Field.crawled(items.size(), urls(items),
        "distinct items published in " + year + " on the site's own hosts; entries linking to other hosts ("
            + index.external().size() + ") and undated items (" + index.undated().size() + ") are not counted"));
    f.put("overview_updates", byCategory(items, Category.OVERVIEW, "概况类: items listed in overview columns"));
    f.put("news_updates", byCategory(items, Category.NEWS, "政务动态: items listed in news columns"));
    f.put("disclosure_updates", byCategory(items, Category.DISCLOSURE,
        "信息公开目录: items listed under the 信息公开 tree or carrying a disclosure metadata table"));
    List<Item> overlap = items.stream().filter(i -> counted(i) > 1).toList();
    f.put("overlap", Field.crawled(overlap.size(), urls(overlap),
        "items counted in more than one of overview, news and disclosure: the three may add up to more than total"));
    return f;
  }

  private static long counted(Item i) {
    return i.categories().stream().filter(c -> c != Category.OTHER).count();
  }

  private static Field byCategory(List<Item> items, Category c, String note) {
    List<Item> in = items.stream().filter(i -> i.categories().contains(c)).toList();
    return Field.crawled(in.size(), urls(in), note);
  }

  static List<String> urls(List<Item> items) {
    return items.stream().map(Item::url).toList();
  }
}
