package io.github.govaudit.page;

import java.util.List;
import java.util.regex.Pattern;

/** Reads an article's 来源 (source): meta ContentSource, else the "来源：" text under the title. */
final class ContentSources {

  private static final LabelPattern LABEL = LabelPattern.of("",
      List.of("信息来源", "文章来源", "稿件来源", "内容来源", "来源"), "\\s*[:：]\\s*([^\\s|｜:：]{1,40})");

  /** What follows the source's name on the same line: the date, author, counters, font-size tools. */
  private static final Pattern AFTER_SOURCE =
      Pattern.compile("(?:发布时间|发布日期|作者|浏览|点击|字号|时间|日期|【|\\[).*$");

  /** The source of the article, or null. */
  String find(MetaTags meta, String visibleText) {
    String declared = meta.get("ContentSource", "source", "Source");
    if (declared != null && !declared.isBlank()) {
      return declared;
    }
    LabelPattern.Matches m = LABEL.in(visibleText);
    while (m.find()) {
      String value = AFTER_SOURCE.matcher(m.group(1)).replaceAll("").strip();
      if (!value.isEmpty()) {
        return value;
      }
    }
    return null;
  }
}
