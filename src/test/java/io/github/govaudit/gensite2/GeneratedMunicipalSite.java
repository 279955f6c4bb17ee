package io.github.govaudit.gensite2;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model of the generated municipal site (清源市人民政府门户网站): every column with its entries, the
 * 专题 with their sub-columns, items linked only from sidebars, and external topic links.
 *
 * @param seed the seed it was generated from
 * @param columns every column, topics' sub-columns and the robots-blocked one included
 * @param topics the 专题 under 专题专栏
 * @param sidebarOnly items linked only from 热点关注 sidebars (in no column)
 * @param externalTopics 专题 entries that lead to another host
 */
record GeneratedMunicipalSite(
    long seed,
    List<Column> columns,
    List<Topic> topics,
    List<Item> sidebarOnly,
    List<String> externalTopics) {

  /** The folder robots.txt disallows. */
  static final String ROBOTS_DISALLOWED = "/oldsite/";

  GeneratedMunicipalSite {
    columns = List.copyOf(columns);
    topics = List.copyOf(topics);
    sidebarOnly = List.copyOf(sidebarOnly);
    externalTopics = List.copyOf(externalTopics);
  }

  /**
   * A 专题: a small sub-site with its own home and sub-columns.
   *
   * @param key folder name under {@code /ztzl/}
   * @param name topic name
   * @param columns its sub-columns
   */
  record Topic(String key, String name, List<Column> columns) {
    String home() {
      return "/ztzl/" + key + "/index.html";
    }
  }

  /** Every distinct item of the site (columns and sidebars), by URL, in first-seen order. */
  Map<String, Item> itemsByUrl() {
    Map<String, Item> items = new LinkedHashMap<>();
    for (Column c : columns) {
      for (Entry e : c.entries()) {
        items.putIfAbsent(e.item().url(), e.item());
      }
    }
    sidebarOnly.forEach(i -> items.putIfAbsent(i.url(), i));
    return items;
  }

  /** The columns whose first trail element is the given section name. */
  List<Column> section(String name) {
    List<Column> found = new ArrayList<>();
    for (Column c : columns) {
      if (!c.trail().isEmpty() && c.trail().get(0).equals(name)) {
        found.add(c);
      }
    }
    return found;
  }

  Column column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }
}
