package io.github.govaudit.count;

import io.github.govaudit.page.Category;
import io.github.govaudit.page.CategoryRules;
import io.github.govaudit.page.ListItem;
import io.github.govaudit.profile.CrawlProfile.ColumnOverride;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads one column: its category and flags by {@link CategoryRules}, then the profile's
 * overrides, which a person has reviewed and so always win.
 */
final class ColumnReading {

  /**
   * Folders that government CMSs use for the 政府信息公开 directory; used only when the column's
   * place in the tree is unknown (no breadcrumb).
   */
  private static final Pattern DISCLOSURE_FOLDER =
      Pattern.compile("/(xxgk|zfxxgk|gkml|xxgkml|zwgk/xxgk|govinfo|gk/zfxxgk)(/|$)");

  /** Names of the section that holds the topics; the topic is the column right under it. */
  private static final Pattern TOPIC_SECTION =
      Pattern.compile("(热点|重点|特色)?(专题专栏|专题|专栏|专题栏目|专题集锦|专题活动)");

  private final CategoryRules rules;
  private final List<ColumnOverride> overrides;

  ColumnReading(CategoryRules rules, List<ColumnOverride> overrides) {
    this.rules = rules;
    this.overrides = List.copyOf(overrides);
  }

  Column read(String url, List<String> path, boolean placeKnown, List<String> pageUrls, List<ListItem> entries) {
    String name = path.isEmpty() ? "" : path.get(path.size() - 1);
    Category category = rules.categorize(path);
    String source = "rules";
    if (!placeKnown && category == Category.OTHER && DISCLOSURE_FOLDER.matcher(pathOf(url)).find()) {
      category = Category.DISCLOSURE;
      source = "url";
    }
    List<String> topic = topic(path);
    boolean interpretation = rules.isInterpretation(path, "");
    boolean hot = rules.isHotResponse(path);
    for (ColumnOverride o : overrides) {
      if (matches(o, url, name)) {
        if (o.category() != null) {
          category = Category.valueOf(o.category().toUpperCase(Locale.ROOT));
          source = "profile";
        }
        if (o.topic() != null) {
          topic = o.topic() ? (topic.isEmpty() ? path : topic) : List.of();
        }
        if (o.interpretation() != null) {
          interpretation = o.interpretation();
        }
        if (o.hotResponse() != null) {
          hot = o.hotResponse();
        }
      }
    }
    return new Column(url, name, path, pageUrls, category, source, topic, interpretation, hot,
        rules.interactionKind(path), entries);
  }

  /** The topic a column belongs to: the column right under the 专题专栏 section, as a path. */
  private List<String> topic(List<String> path) {
    for (int i = 0; i < path.size(); i++) {
      if (TOPIC_SECTION.matcher(path.get(i)).matches() && rules.isTopic(path.subList(0, i + 1))) {
        return i + 1 < path.size() ? List.copyOf(path.subList(0, i + 2)) : List.of();
      }
    }
    return rules.isTopic(path) ? List.copyOf(path) : List.of();
  }

  private static boolean matches(ColumnOverride o, String url, String name) {
    return o.urlPrefix() != null && url.startsWith(o.urlPrefix()) || o.name() != null && o.name().equals(name);
  }

  private static String pathOf(String url) {
    int scheme = url.indexOf("://");
    int slash = scheme < 0 ? -1 : url.indexOf('/', scheme + 3);
    return slash < 0 ? "/" : url.substring(slash);
  }
}
