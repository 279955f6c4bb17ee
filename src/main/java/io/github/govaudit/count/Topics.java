package io.github.govaudit.count;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** 专题专栏: topics maintained in the year (an item in it) and opened in the year (its first item). */
final class Topics {

  private Topics() {}

  static Map<String, Field> count(List<Column> columns, ItemIndex index, int year) {
    Map<String, String> topicUrl = new TreeMap<>();
    for (Column c : columns) {
      if (!c.topic().isEmpty()) {
        String key = String.join(" > ", c.topic());
        if (!topicUrl.containsKey(key) || c.path().equals(c.topic())) {
          topicUrl.put(key, c.url());
        }
      }
    }
    Map<String, LocalDate> first = new TreeMap<>();
    Map<String, Boolean> maintained = new TreeMap<>();
    for (Item i : index.items().stream().filter(Item::listed).toList()) {
      for (String t : i.topics()) {
        topicUrl.putIfAbsent(t, i.url()); // a topic known only from its pages' breadcrumbs
        if (i.date() != null) {
          first.merge(t, i.date(), (a, b) -> a.isBefore(b) ? a : b);
          maintained.merge(t, i.countsIn(year), Boolean::logicalOr);
        }
      }
    }
    List<String> kept = new ArrayList<>();
    List<String> opened = new ArrayList<>();
    for (String t : topicUrl.keySet()) {
      if (maintained.getOrDefault(t, false)) {
        kept.add(topicUrl.get(t));
      }
      if (first.containsKey(t) && first.get(t).getYear() == year) {
        opened.add(topicUrl.get(t));
      }
    }
    Map<String, Field> f = new LinkedHashMap<>();
    f.put("maintained", Field.crawled(kept.size(), kept,
        "topics (columns under 专题专栏) with at least one item published in " + year + "; " + topicUrl.size() + " topics found"));
    f.put("new", Field.crawled(opened.size(), opened, "topics whose earliest dated item was published in " + year));
    return f;
  }
}
