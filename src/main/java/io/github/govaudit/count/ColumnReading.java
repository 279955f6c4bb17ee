package io.github.govaudit.count;

import io.github.govaudit.page.Category;
import io.github.govaudit.page.CategoryRules;
import io.github.govaudit.page.ListItem;
import io.github.govaudit.profile.CrawlProfile.ColumnOverride;
import java.util.List;
import java.util.Locale;

/**
 * Reads one column: its category and flags by {@link CategoryRules}, then the profile's
 * overrides, which a person has reviewed and so always win.
 */
final class ColumnReading {



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
    if (!placeKnown && category == Category.OTHER && rules.fromUrl(url).isPresent()) {
      category = rules.fromUrl(url).get();
      source = "url";
    }
    List<String> topic = TopicPath.of(path, rules);
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

  private static boolean matches(ColumnOverride o, String url, String name) {
    return o.urlPrefix() != null && url.startsWith(o.urlPrefix()) || o.name() != null && o.name().equals(name);
  }

}
