package io.github.govaudit.features;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the feature entries of a home page (counting-rules.md, 创新发展): search forms and links,
 * 无障碍 / 适老化 links and toolbar scripts, links to other-language versions, and personal spaces.
 * It only reads the page; whether an entry works is for the caller to check.
 */
public final class FeatureReader {

  private static final Pattern SEARCH_ACTION =
      Pattern.compile("search|jsearch|zhannei|so\\.gov\\.cn|/so/|query|s\\.jsp|sousuo|jansou", Pattern.CASE_INSENSITIVE);
  private static final Pattern SEARCH_INPUT =
      Pattern.compile("^(q|kw|wd|keyword|keywords|searchword|searchkey|query|sword|text)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern SEARCH_TEXT = Pattern.compile("^(站内)?(搜索|检索|全文检索|高级搜索|高级检索)$");
  private static final Pattern ACCESSIBLE_TEXT = Pattern.compile("无障碍|适老化|长者模式|关怀版|关怀模式|老年模式|读屏|辅助浏览");
  private static final Pattern ACCESSIBLE_SCRIPT =
      Pattern.compile("wza|cniil|barrierfree|wuzhangai|assist|aria\\.js|slh\\.js|ariajs", Pattern.CASE_INSENSITIVE);
  private static final Pattern LANGUAGE_TEXT = Pattern.compile(
      "^(english|en|eng|繁體|繁体|繁體中文|繁体中文|壮文|藏文|维吾尔文|蒙古文|朝鲜文|哈萨克文|彝文|русский|日本語|한국어|français|español)$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PERSONAL_TEXT =
      Pattern.compile("个人空间|我的主页|企业专属空间|法人空间|个性化定制|我的空间|专属空间|个人主页");

  /** The feature entries of {@code doc}, its base URI set to the page's URL. */
  public SiteFeatures read(Document doc) {
    Map<String, SiteFeatures.Entry> search = new LinkedHashMap<>();
    for (Element form : doc.select("form")) {
      boolean searchInput = form.select("input").stream()
          .anyMatch(i -> "search".equalsIgnoreCase(i.attr("type")) || SEARCH_INPUT.matcher(i.attr("name")).matches());
      String action = form.absUrl("action").isEmpty() ? doc.location() : form.absUrl("action");
      if (SEARCH_ACTION.matcher(form.attr("action")).find() || searchInput) {
        search.putIfAbsent(action, new SiteFeatures.Entry(action, "form", false));
      }
    }
    List<SiteFeatures.Entry> accessibility = new ArrayList<>();
    List<SiteFeatures.Entry> languages = new ArrayList<>();
    List<SiteFeatures.Entry> personal = new ArrayList<>();
    for (Element a : doc.select("a[href]")) {
      String url = a.absUrl("href");
      String text = a.text().strip();
      if (url.isEmpty() || url.startsWith("javascript:")) {
        continue;
      }
      SiteFeatures.Entry entry = new SiteFeatures.Entry(url, text, false);
      if (SEARCH_TEXT.matcher(text).matches()) {
        search.putIfAbsent(url, entry);
      }
      if (ACCESSIBLE_TEXT.matcher(text).find()) {
        accessibility.add(entry);
      }
      if (LANGUAGE_TEXT.matcher(text).matches()) {
        languages.add(entry);
      }
      if (PERSONAL_TEXT.matcher(text).find()) {
        personal.add(entry);
      }
    }
    for (Element s : doc.select("script[src]")) {
      if (ACCESSIBLE_SCRIPT.matcher(s.attr("src")).find()) {
        accessibility.add(new SiteFeatures.Entry(s.absUrl("src"), "script", true));
      }
    }
    return new SiteFeatures(List.copyOf(search.values()), accessibility, languages, personal);
  }
}
