package io.github.govaudit.count;

import io.github.govaudit.features.FeatureCheck;
import io.github.govaudit.features.SiteFeatures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * 创新发展: the features the home page offers (counting-rules.md), and whether they work as the
 * crawl found when it asked for them (inspection-criteria.md B5.3, E, F): a search that lists a
 * stored article's title, a language version that answers in its language, a toolbar script or
 * 无障碍 page that loads. An entry nobody could show to work is left to a person, named.
 */
final class Innovation {

  private Innovation() {}

  static Map<String, Field> fill(Site site) {
    SiteFeatures features = site.features();
    Map<String, Field> f = new LinkedHashMap<>();
    f.put("search_as_service", search(features));
    f.put("multilingual", multilingual(features));
    f.put("accessibility", accessibility(site, features));
    f.put("accessibility_findings", AccessibilityFindings.of(site));
    f.put("personalization", personal(features.personal()));
    return f;
  }

  private static List<String> urls(List<SiteFeatures.Entry> entries) {
    return entries.stream().map(SiteFeatures.Entry::url).distinct().toList();
  }

  private static Field search(SiteFeatures features) {
    if (features.search().isEmpty()) {
      return Field.missing("no search form or 搜索 link on the home page: check by hand");
    }
    List<String> entries = urls(features.search());
    Optional<FeatureCheck> run = features.checksOf(FeatureCheck.SEARCH).stream().findFirst();
    if (run.isPresent() && run.get().works()) {
      return Field.crawled("yes", evidence(run.get().url(), entries), run.get().detail());
    }
    if (run.isPresent() && run.get().outcome().equals(FeatureCheck.FAILS)) {
      return Field.missing("a search entry on the home page, but " + run.get().detail() + " (" + run.get().url()
          + "): check by hand");
    }
    String why = run.map(FeatureCheck::detail).orElse("the crawl did not run a search");
    return Field.crawled("yes", entries, "a search entry on the home page (form action or 搜索 link); " + why
        + ": whether it finds anything is for a person to try");
  }

  private static Field multilingual(SiteFeatures features) {
    List<SiteFeatures.Entry> entries = features.languages();
    if (entries.isEmpty()) {
      return Field.missing("no link to another language version (English, 繁體, 壮文 …) on the home page");
    }
    Map<String, FeatureCheck> checks = byUrl(features.checksOf(FeatureCheck.LANGUAGE));
    List<SiteFeatures.Entry> failing = entries.stream()
        .filter(e -> checks.containsKey(e.url()) && checks.get(e.url()).outcome().equals(FeatureCheck.FAILS)).toList();
    List<SiteFeatures.Entry> kept = entries.stream().filter(e -> !failing.contains(e)).toList();
    if (kept.isEmpty()) {
      return Field.missing("links to other-language versions that do not answer in another language: "
          + describe(failing, checks) + ": check by hand");
    }
    String labels = String.join("、", kept.stream().map(SiteFeatures.Entry::label).distinct().toList());
    return Field.crawled(labels, urls(kept), "links to other-language versions on the home page: "
        + describe(kept, checks) + (failing.isEmpty() ? "" : "; not counted: " + describe(failing, checks)));
  }

  private static Field accessibility(Site site, SiteFeatures features) {
    List<SiteFeatures.Entry> entries = features.accessibility();
    Map<String, FeatureCheck> checks = byUrl(features.checksOf(FeatureCheck.ACCESSIBILITY));
    List<SiteFeatures.Entry> working = entries.stream()
        .filter(e -> checks.containsKey(e.url()) ? checks.get(e.url()).works()
            : !e.script() && site.pages().containsKey(e.url()))
        .toList();
    if (!working.isEmpty()) {
      return Field.crawled("yes", urls(working), "无障碍 / 适老化 entries shown to work: "
          + describe(working, checks, e -> "the crawl stored the page"));
    }
    if (entries.isEmpty()) {
      return Field.missing("no 无障碍 / 适老化 entry or assistive toolbar script on the home page");
    }
    return Field.missing("entries seen but not shown to work: " + describe(entries, checks,
        e -> e.script() ? "a script not checked" : "a page the crawl did not fetch") + ": check by hand");
  }

  private static Field personal(List<SiteFeatures.Entry> entries) {
    return entries.isEmpty()
        ? Field.missing("no 个人空间 / 我的主页 / 企业专属空间 entry on the home page")
        : Field.crawled("yes", urls(entries), "personal or company space entries on the home page"
            + " (they open after login, so their content is not checked)");
  }

  private static Map<String, FeatureCheck> byUrl(List<FeatureCheck> checks) {
    Map<String, FeatureCheck> m = new LinkedHashMap<>();
    checks.forEach(c -> m.putIfAbsent(c.url(), c));
    return m;
  }

  /** Each entry with what its check showed, or that it was not checked. */
  private static String describe(List<SiteFeatures.Entry> entries, Map<String, FeatureCheck> checks) {
    return describe(entries, checks, e -> "not checked");
  }

  private static String describe(List<SiteFeatures.Entry> entries, Map<String, FeatureCheck> checks,
      Function<SiteFeatures.Entry, String> unchecked) {
    return String.join("; ", entries.stream().map(e -> e.url() + " ("
        + (checks.containsKey(e.url()) ? checks.get(e.url()).detail() : unchecked.apply(e)) + ")").distinct().toList());
  }

  private static List<String> evidence(String first, List<String> more) {
    List<String> all = new ArrayList<>(List.of(first));
    more.stream().filter(u -> !u.equals(first)).forEach(all::add);
    return all;
  }
}
