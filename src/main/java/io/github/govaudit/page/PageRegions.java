package io.github.govaudit.page;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Tells the page's chrome (header, navigation, footer) and sidebars from its main content, by
 * HTML5 tags and by the class / id words most CMS templates use (a class token must start with
 * the word, so {@code article-head} is not a header).
 */
final class PageRegions {

  private static final Pattern CHROME_TOKEN = Pattern.compile(
      "(?i)menu|nav|^(?:footer|foot|header|head|top|logo|banner|copyright|bottom|dh|daohang|yqlj|friendlink)"
          + "(?:[-_]?(?:box|bar|wrap|wrapper|container|inner|con|main|area|part|links?|list|info|top|bg|txt|text|\\d+))?$");
  private static final Pattern MENU_OR_FOOT = Pattern.compile("(?i)menu|nav|^(?:footer|foot|bottom|copyright|dh|daohang)");
  private static final Pattern ARTICLE_TOKEN = Pattern.compile(
      "(?i)^(?:article|detail|content|zhengwen|xiangqing|neirong|wenzhang|zoom)|[-_](?:detail|article|content)$");
  private static final Pattern SIDE_TOKEN =
      Pattern.compile("(?i)^(?:side|sidebar|aside|hot|rank|tuijian|recommend|related|xgxx|xgwz|rdtj|rmwz)(?:[-_]?[a-z\\d]*)?$");

  private PageRegions() {}

  /** True when {@code e} sits in the header, navigation or footer of the page. */
  static boolean isChrome(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      String tag = p.normalName();
      boolean chrome = tag.equals("header") || tag.equals("nav") || tag.equals("footer") || hasToken(p, CHROME_TOKEN);
      if (chrome && !isArticleHead(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * An article's own head ({@code <div class="article"><div class="header"><h1>…}) is content: a
   * header-like block inside an article or content block is not the page's header.
   */
  private static boolean isArticleHead(Element e) {
    if (e.normalName().equals("nav") || e.normalName().equals("footer") || hasToken(e, MENU_OR_FOOT)) {
      return false;
    }
    for (Element a = e.parent(); a != null && !a.normalName().equals("body"); a = a.parent()) {
      if (a.normalName().equals("article") || hasToken(a, ARTICLE_TOKEN)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code e} sits in a sidebar (hot news, recommended, related). */
  static boolean isSide(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p.normalName().equals("aside") || hasToken(p, SIDE_TOKEN)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasToken(Element e, Pattern token) {
    for (String t : (e.className() + " " + e.id()).split("\\s+")) {
      if (!t.isEmpty() && token.matcher(t).find()) {
        return true;
      }
    }
    return false;
  }
}
