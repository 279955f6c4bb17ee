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
  private static final Pattern SIDE_TOKEN =
      Pattern.compile("(?i)^(?:side|sidebar|aside|hot|rank|tuijian|recommend|related|xgxx|xgwz|rdtj|rmwz)(?:[-_]?[a-z\\d]*)?$");

  private PageRegions() {}

  /** True when {@code e} sits in the header, navigation or footer of the page. */
  static boolean isChrome(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      String tag = p.normalName();
      if (tag.equals("header") || tag.equals("nav") || tag.equals("footer")
          || hasToken(p, CHROME_TOKEN)) {
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
