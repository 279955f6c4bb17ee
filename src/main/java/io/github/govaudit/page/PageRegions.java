package io.github.govaudit.page;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Tells the page's chrome (header, navigation, footer) and sidebars from its main content, by
 * HTML5 tags and by the class / id words most CMS templates use (a class token must start with
 * the word, so {@code article-head} is not a header).
 *
 * <p>One instance serves one page: an element sits in the chrome when it or one of its ancestors
 * is chrome, so each element's verdict is worked out once and reused for everything below it.
 * Not thread-safe.
 */
final class PageRegions {

  private static final Pattern CHROME_TOKEN = Pattern.compile(
      "(?i)menu|nav|^(?:footer|foot|header|head|top|logo|banner|copyright|bottom|dh|daohang|yqlj|friendlink)"
          + "(?:[-_]?(?:box|bar|wrap|wrapper|container|inner|con|main|area|part|links?|list|info|top|bg|txt|text|\\d+))?$");
  private static final Pattern MENU_OR_FOOT = Pattern.compile("(?i)menu|nav|^(?:footer|foot|bottom|copyright|dh|daohang)");
  private static final Pattern MENU_WORD = Pattern.compile("(?i)menu|nav");
  /** A menu holds short link labels; this much text, mostly unlinked, is prose. */
  private static final int PROSE_CHARS = 300;
  private static final Pattern ARTICLE_TOKEN = Pattern.compile(
      "(?i)^(?:article|detail|content|zhengwen|xiangqing|neirong|wenzhang|zoom)|[-_](?:detail|article|content)$");
  private static final Pattern SIDE_TOKEN =
      Pattern.compile("(?i)^(?:side|sidebar|aside|hot|rank|tuijian|recommend|related|xgxx|xgwz|rdtj|rmwz)(?:[-_]?[a-z\\d]*)?$");

  private final Map<Element, Boolean> chrome = new IdentityHashMap<>();
  private final Map<Element, Boolean> side = new IdentityHashMap<>();
  /** Class and id words seen on the page, whether they name chrome; templates repeat them. */
  private final Map<String, Boolean> chromeWords = new HashMap<>();
  private final Map<String, Boolean> sideWords = new HashMap<>();

  /** True when {@code e} sits in the header, navigation or footer of the page. */
  boolean isChrome(Element e) {
    return inherited(e, chrome, this::isOwnChrome);
  }

  /** True when {@code e} sits in a sidebar (hot news, recommended, related). */
  boolean isSide(Element e) {
    return inherited(e, side, this::isOwnSide);
  }

  /** True when {@code e} or an ancestor has the quality; verdicts are kept for every element walked. */
  private static boolean inherited(Element e, Map<Element, Boolean> known, java.util.function.Predicate<Element> own) {
    Deque<Element> unknown = new ArrayDeque<>();
    Boolean verdict = null;
    for (Element p = e; p != null; p = p.parent()) {
      verdict = known.get(p);
      if (verdict != null) {
        break;
      }
      unknown.push(p);
    }
    boolean above = verdict != null && verdict;
    while (!unknown.isEmpty()) {
      Element p = unknown.pop();
      above = above || own.test(p);
      known.put(p, above);
    }
    return above;
  }

  private boolean isOwnChrome(Element p) {
    String tag = p.normalName();
    if (tag.equals("header") || tag.equals("nav") || tag.equals("footer")) {
      return !isArticleHead(p);
    }
    return hasToken(p, CHROME_TOKEN, chromeWords) && !isArticleHead(p) && !isProseNamedMenu(p);
  }

  /**
   * A block named like a menu that holds prose, not links ({@code <div class="menu_con">} wrapping
   * the whole article on some county templates): the name is a layout habit, the block is content.
   */
  private static boolean isProseNamedMenu(Element e) {
    if (!hasToken(e, MENU_WORD)) {
      return false;
    }
    int text = Texts.compact(e.text()).length();
    if (text < PROSE_CHARS) {
      return false;
    }
    int linked = 0;
    for (Element a : e.getElementsByTag("a")) {
      linked += Texts.compact(a.text()).length();
    }
    return linked * 3 < text;
  }

  private boolean isOwnSide(Element p) {
    return p.normalName().equals("aside") || hasToken(p, SIDE_TOKEN, sideWords);
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

  /** True when a whitespace-separated token of the element's class or id matches {@code token}. */
  private static boolean hasToken(Element e, Pattern token) {
    return hasToken(e, token, null);
  }

  /** {@link #hasToken(Element, Pattern)}, remembering each word's verdict in {@code seen} (if given). */
  private static boolean hasToken(Element e, Pattern token, Map<String, Boolean> seen) {
    if (e.attributesSize() == 0) {
      return false;
    }
    return hasToken(e.className(), token, seen) || hasToken(e.id(), token, seen);
  }

  private static boolean hasToken(String words, Pattern token, Map<String, Boolean> seen) {
    int n = words.length();
    int i = 0;
    while (i < n) {
      while (i < n && isRegexSpace(words.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isRegexSpace(words.charAt(i))) {
        i++;
      }
      if (i > start && matches(words.substring(start, i), token, seen)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(String word, Pattern token, Map<String, Boolean> seen) {
    if (seen == null) {
      return token.matcher(word).find();
    }
    Boolean known = seen.get(word);
    if (known == null) {
      known = token.matcher(word).find();
      seen.put(word, known);
    }
    return known;
  }

  /** The {@code \s} of a pattern without flags: the separator class and id words are split on. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
