package io.github.govaudit.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The meta tags of a page by their exact names ({@code ArticleTitle}, {@code PubDate},
 * {@code ColumnName}, {@code ContentSource}, {@code SiteName}, {@code SiteIDCode} …), read
 * case-insensitively. Presentation tags (viewport, renderer …) are left out.
 */
final class MetaTags {

  /** Meta names that say how to render the page, not what it is. */
  private static final Set<String> PRESENTATION =
      Set.of("viewport", "renderer", "force-rendering", "format-detection", "robots",
          "apple-mobile-web-app-capable", "apple-mobile-web-app-status-bar-style",
          "msapplication-tap-highlight", "x5-fullscreen", "full-screen", "referrer", "theme-color",
          "generator");

  private final Map<String, String> byName;

  private MetaTags(Map<String, String> byName) {
    this.byName = byName;
  }

  /**
   * Reads the meta tags of a page from its {@code meta[name], meta[property]} elements, in page
   * order ({@link PageContext#metas}); the first non-empty value of each name wins.
   */
  static MetaTags of(List<Element> namedMetas) {
    Map<String, String> found = new LinkedHashMap<>();
    for (Element meta : namedMetas) {
      String name = meta.hasAttr("name") ? meta.attr("name") : meta.attr("property");
      name = name.strip();
      String content = meta.attr("content");
      // some CMSs put markup into the value (ArticleTitle="标题<div>副题</div>"): keep its text
      String value = Texts.normalize(content.indexOf('<') >= 0 ? org.jsoup.Jsoup.parse(content).body().wholeText() : content);
      if (name.isEmpty() || value.isEmpty() || PRESENTATION.contains(name.toLowerCase(Locale.ROOT))) {
        continue;
      }
      String key = name;
      if (found.keySet().stream().noneMatch(k -> k.equalsIgnoreCase(key))) {
        found.put(name, value);
      }
    }
    return new MetaTags(found);
  }

  /** The value of the first of {@code names} present (any case), or null. */
  String get(String... names) {
    for (String wanted : names) {
      for (Map.Entry<String, String> e : byName.entrySet()) {
        if (e.getKey().equalsIgnoreCase(wanted)) {
          return e.getValue();
        }
      }
    }
    return null;
  }

  /** All tags by exact name, in page order. */
  Map<String, String> asMap() {
    return new LinkedHashMap<>(byName);
  }
}
