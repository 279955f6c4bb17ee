package io.github.govaudit.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads the breadcrumb ("当前位置：首页 > 信息公开 > 政策文件") of a page. The trail is found by its
 * label words (当前位置, 您的位置 …) or, failing that, by a block whose class or id says it is the
 * location; elements are split on the separators sites use ({@code >}, {@code >>}, {@code »},
 * {@code →}, {@code /}, {@code ›}) or read from the links when separators are images.
 */
final class Breadcrumbs {

  private static final String LABEL_WORDS =
      "(?:(?:您|你)(?:现在|当前|目前)?(?:的|所在的?)?(?:当前)?(?:所在)?位置\\s*[:：]?"
          + "|(?:现在|当前|目前)(?:的|所在的?)?(?:所在)?位置\\s*[:：]?|(?:所在)?位置\\s*[:：])";
  private static final Pattern LABEL = Pattern.compile("^" + LABEL_WORDS + "\\s*$");
  private static final Pattern LABEL_ANYWHERE = Pattern.compile(LABEL_WORDS);
  private static final Pattern SEPARATOR =
      Pattern.compile("\\s*(?:>>|＞＞|>|＞|»|›|→|->|—>|/|\\\\|＼|｜|\\|)\\s*");
  /** Class / id words of location blocks across CMSs. */
  private static final Pattern LOCATION_CLASS =
      Pattern.compile("(?i)crumb|position|location|weizhi|dqwz|mianbao|curpos|nowpos|local|path|wz(?:\\b|_)|\\bpos\\b");
  /** The accessible name of a location block (aria-label="栏目路径", "当前位置"). */
  private static final Pattern LOCATION_LABEL = Pattern.compile("路径|位置|导航路径|面包屑");
  private static final Pattern ARROW = Pattern.compile(">|＞|»|›|→");
  /** A link to the site's home: the root, an index page at the root, or a host root URL. */
  private static final Pattern HOME_HREF =
      Pattern.compile("(?i)^(?:(?:https?:)?//[^/]+)?/?(?:index\\.(?:s?html?|jsp|php|aspx?))?$|^\\.\\./(?:\\.\\./)*(?:index\\.s?html?)?$");
  private static final Evaluator CLASS_OR_ID = QueryParser.parse("[class], [id]");
  private static final Evaluator LINKS = QueryParser.parse("a[href]");
  private static final Evaluator ANCHORS = QueryParser.parse("a");
  private static final Evaluator TRAIL_BLOCKS = QueryParser.parse("div, p, span, td, nav, ol, ul");
  /** A colon left at either end of a trail element by its label. */
  private static final Pattern END_COLON = Pattern.compile("^[:：]|[:：]$");
  /** A breadcrumb is one short line. */
  private static final int MAX_TRAIL_CHARS = 160;
  /** Trailing words that name the article view, not a column. */
  private static final Pattern VIEW_WORDS =
      Pattern.compile("^(?:正文|详情|详情页|详细信息|内容|浏览文章|文章内容|阅读|查看|信息详情|详细内容|内容详情|正文内容|文章)$");

  /** The trail from 首页 of {@code doc}, empty when the page has none. */
  List<String> read(Document doc) {
    return read(new PageContext(doc.location(), doc));
  }

  /** The trail from 首页, empty when the page has none. */
  List<String> read(PageContext page) {
    Element body = page.body();
    if (body == null) {
      return List.of();
    }
    Optional<List<String>> labelled = byLabel(page.pieces());
    if (labelled.isPresent()) {
      return labelled.get();
    }
    for (Element e : body.select(CLASS_OR_ID)) {
      if (!LOCATION_CLASS.matcher(e.className() + " " + e.id()).find()
          && !LOCATION_LABEL.matcher(e.attr("aria-label")).find()) {
        continue;
      }
      String text = Texts.normalize(e.text());
      if (!text.isEmpty() && text.length() <= MAX_TRAIL_CHARS && e.selectFirst(LINKS) != null) {
        List<String> trail = split(e);
        if (trail.size() >= 2) {
          return trail;
        }
      }
    }
    return byShape(page, body);
  }

  /**
   * A trail with neither label nor class: a short block of links joined by arrows ({@code >},
   * {@code »} …, not the {@code |} or {@code /} of menus) whose first link goes to the site's home.
   */
  private List<String> byShape(PageContext page, Element body) {
    for (Element e : body.select(TRAIL_BLOCKS)) {
      String text = Texts.normalize(e.text());
      java.util.List<Element> links = e.select(LINKS);
      if (links.size() < 2 || text.length() > MAX_TRAIL_CHARS / 2 || !ARROW.matcher(text).find()
          || !HOME_HREF.matcher(links.get(0).attr("href")).find()) {
        continue;
      }
      List<String> trail = split(e);
      // a block in the page chrome (a "nav" class) is a trail only when every link is joined by an arrow
      if (trail.size() >= 2 && (!page.regions().isChrome(e) || arrowJoined(text, links.size()))) {
        return trail;
      }
    }
    return List.of();
  }

  /** True when the block's text has an arrow between each pair of its links, as a trail does. */
  private static boolean arrowJoined(String text, int links) {
    int arrows = 0;
    java.util.regex.Matcher m = ARROW.matcher(text);
    while (m.find()) {
      arrows++;
    }
    return links >= 3 && arrows >= links - 1;
  }

  /**
   * The first labelled trail; a trail that names only the home page (网站首页 > 详情页) gives way to a
   * later labelled trail naming columns, as some CMSs print a generic trail over the real one.
   */
  private Optional<List<String>> byLabel(List<LabelledText.Piece> pieces) {
    Optional<List<String>> first = Optional.empty();
    for (LabelledText.Piece piece : pieces) {
      Optional<List<String>> trail = labelledTrailAt(piece);
      if (trail.isPresent() && trail.get().size() >= 2) {
        return trail;
      }
      if (first.isEmpty()) {
        first = trail;
      }
    }
    return first;
  }

  /** The trail around a piece that carries a location label (当前位置 …), if it is one. */
  private Optional<List<String>> labelledTrailAt(LabelledText.Piece piece) {
    // every label word ends in 位置
    if (piece.text().indexOf('位') < 0 || !LABEL_ANYWHERE.matcher(Texts.compact(piece.text())).find()) {
      return Optional.empty();
    }
    Element e = piece.owner();
    for (int up = 0; up < 4 && e != null; up++, e = e.parent()) {
      String text = Texts.normalize(e.text());
      if (text.length() > MAX_TRAIL_CHARS) {
        break;
      }
      List<String> trail = split(e);
      if (!trail.isEmpty() && (trail.size() >= 2 || e.selectFirst(LINKS) != null)) {
        return Optional.of(trail);
      }
    }
    return Optional.empty();
  }

  /** Splits a trail block into its element names. */
  List<String> split(Element block) {
    String text = Texts.normalize(block.text());
    int at = labelEnd(text);
    String trailText = text.substring(at);
    List<String> parts = new ArrayList<>();
    if (SEPARATOR.matcher(trailText).find()) {
      for (String p : SEPARATOR.split(trailText)) {
        add(parts, p);
      }
    } else {
      for (Element a : block.select(ANCHORS)) {
        add(parts, a.text());
      }
      String tail = Texts.normalize(block.ownText());
      if (!tail.isEmpty() && !parts.isEmpty() && !tail.equals(parts.get(parts.size() - 1))) {
        add(parts, tail.substring(labelEnd(tail)));
      }
    }
    while (!parts.isEmpty() && VIEW_WORDS.matcher(parts.get(parts.size() - 1)).matches()) {
      parts.remove(parts.size() - 1);
    }
    return parts;
  }

  private static int labelEnd(String text) {
    java.util.regex.Matcher m = LABEL_ANYWHERE.matcher(text);
    return m.find() ? m.end() : 0;
  }

  private static void add(List<String> parts, String raw) {
    String p = END_COLON.matcher(Texts.normalize(raw)).replaceAll("").strip();
    if (!p.isEmpty() && !LABEL.matcher(p).matches()) {
      parts.add(p);
    }
  }
}
