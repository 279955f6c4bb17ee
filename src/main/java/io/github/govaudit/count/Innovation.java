package io.github.govaudit.count;

import io.github.govaudit.features.SiteFeatures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 创新发展: the features the home page offers (counting-rules.md). An entry counts as working only
 * when the crawl stored the page it leads to: an 无障碍 link to a page that never answered, or a
 * toolbar script this version does not load, is left to a person with the entry named.
 */
final class Innovation {

  private Innovation() {}

  static Map<String, Field> fill(Site site) {
    SiteFeatures features = site.features();
    Map<String, Field> f = new LinkedHashMap<>();
    f.put("search_as_service", search(features.search()));
    f.put("multilingual", multilingual(features.languages()));
    f.put("accessibility", accessibility(site, features.accessibility()));
    f.put("accessibility_findings", AccessibilityFindings.of(site));
    f.put("personalization", personal(features.personal()));
    return f;
  }

  private static List<String> urls(List<SiteFeatures.Entry> entries) {
    return entries.stream().map(SiteFeatures.Entry::url).distinct().toList();
  }

  private static Field search(List<SiteFeatures.Entry> entries) {
    return entries.isEmpty()
        ? Field.missing("no search form or 搜索 link on the home page: check by hand")
        : Field.crawled("yes", urls(entries), "a search entry on the home page (form action or 搜索 link);"
            + " this version does not run a query, the stronger test: try a misspelt or pinyin query by hand");
  }

  private static Field multilingual(List<SiteFeatures.Entry> entries) {
    if (entries.isEmpty()) {
      return Field.missing("no link to another language version (English, 繁體, 壮文 …) on the home page");
    }
    String labels = String.join("、", entries.stream().map(SiteFeatures.Entry::label).distinct().toList());
    return Field.crawled(labels, urls(entries), "links to other-language versions on the home page;"
        + " whether each answers in its language is not checked by this version");
  }

  private static Field accessibility(Site site, List<SiteFeatures.Entry> entries) {
    List<SiteFeatures.Entry> working = entries.stream()
        .filter(e -> !e.script() && site.pages().containsKey(e.url())).toList();
    if (!working.isEmpty()) {
      return Field.crawled("yes", urls(working), "无障碍 / 适老化 entries whose page the crawl fetched");
    }
    if (entries.isEmpty()) {
      return Field.missing("no 无障碍 / 适老化 entry or assistive toolbar script on the home page");
    }
    return Field.missing("entries seen but not shown to work (a script this version does not load, or a page"
        + " the crawl did not fetch): " + String.join(" ", urls(entries)) + ": check by hand");
  }

  private static Field personal(List<SiteFeatures.Entry> entries) {
    return entries.isEmpty()
        ? Field.missing("no 个人空间 / 我的主页 / 企业专属空间 entry on the home page")
        : Field.crawled("yes", urls(entries), "personal or company space entries on the home page"
            + " (they open after login, so their content is not checked)");
  }
}
