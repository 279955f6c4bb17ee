package io.github.govaudit.count;

import io.github.govaudit.page.Category;
import io.github.govaudit.page.InteractionKind;
import io.github.govaudit.page.ListItem;
import java.util.List;
import java.util.Optional;

/**
 * A column (栏目): a list page with its pagination, where it sits in the site's tree, and how the
 * report reads it.
 *
 * @param url the column's first list page (its identity)
 * @param name the column's name
 * @param path names from the top of the tree down to this column (首页 left out)
 * @param pageUrls every list page of the column that was stored
 * @param category its publishing category
 * @param categorySource how the category was decided: {@code rules}, {@code url} or {@code profile}
 * @param topic the topic (专题) it belongs to, as a path, or empty
 * @param interpretation whether it is an interpretation (解读) column
 * @param hotResponse whether it is a 回应关切 column
 * @param interaction its interaction kind, if any
 * @param entries its list entries over all its pages, one per URL
 */
public record Column(
    String url,
    String name,
    List<String> path,
    List<String> pageUrls,
    Category category,
    String categorySource,
    List<String> topic,
    boolean interpretation,
    boolean hotResponse,
    Optional<InteractionKind> interaction,
    List<ListItem> entries) {

  public Column {
    path = List.copyOf(path);
    pageUrls = List.copyOf(pageUrls);
    topic = List.copyOf(topic);
    entries = List.copyOf(entries);
  }
}
