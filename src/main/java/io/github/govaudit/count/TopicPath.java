package io.github.govaudit.count;

import io.github.govaudit.page.CategoryRules;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which topic (专题) a column path belongs to: the column right under the 专题专栏 section
 * ("专题专栏 > 乡村振兴 > 工作动态" is topic "专题专栏 > 乡村振兴"), or the first column named as a
 * topic itself ("乡村振兴专题 > 工作动态" is topic "乡村振兴专题").
 */
final class TopicPath {

  /** Names of the section that holds the topics; the topic is the column right under it. */
  private static final Pattern TOPIC_SECTION =
      Pattern.compile("(热点|重点|特色)?(专题专栏|专题|专栏|专题栏目|专题集锦|专题活动)");

  private TopicPath() {}

  /** The topic of {@code path} as a path prefix, or empty when it is not under a topic. */
  static List<String> of(List<String> path, CategoryRules rules) {
    for (int i = 0; i < path.size(); i++) {
      String name = path.get(i);
      if (!rules.isTopic(List.of(name))) {
        continue;
      }
      if (TOPIC_SECTION.matcher(name).matches()) {
        return i + 1 < path.size() ? List.copyOf(path.subList(0, i + 2)) : List.of();
      }
      return List.copyOf(path.subList(0, i + 1));
    }
    return List.of();
  }
}
