package io.github.govaudit.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * Finds the article body (the block holding most sentence-long text outside links, the way
 * readability tools do) and measures it: text, large images, video, audio.
 */
final class ArticleBody {

  /** Shorter text runs are labels, dates and menu words, not body text. */
  private static final int MIN_RUN = 12;
  /** A body has at least this much text. */
  static final int MIN_BODY_CHARS = 40;
  /** Images smaller than this (by their attributes) are icons. */
  private static final int ICON_SIZE = 120;
  private static final Pattern ICON_SRC = Pattern.compile("(?i)icon|logo|btn|button|arrow|dot\\.|spacer|share|erweima|qrcode|blank|line\\.|bg\\.|print|close");
  private static final List<String> VIDEO_FILES = List.of("mp4", "flv", "m3u8", "mov", "wmv", "avi", "f4v", "webm");
  private static final List<String> AUDIO_FILES = List.of("mp3", "wav", "m4a", "aac", "wma", "ogg");
  private static final Pattern PLAYER = Pattern.compile("(?i)v\\.qq\\.com|youku|bilibili|player|video");
  /** What follows the leading digits of a size attribute ({@code 120px}, {@code 50%}). */
  private static final Pattern AFTER_DIGITS = Pattern.compile("[^0-9].*$");

  private static final Evaluator MEDIA = QueryParser.parse("img, video, embed");
  private static final Evaluator LINKS = QueryParser.parse("a");
  private static final Evaluator IMAGES = QueryParser.parse("img");
  private static final Evaluator VIDEOS = QueryParser.parse("video, embed, object");
  private static final Evaluator FRAMES = QueryParser.parse("iframe[src]");
  private static final Evaluator AUDIOS = QueryParser.parse("audio");

  /** The block holding the article text, if the page has one. */
  Optional<Element> find(PageContext page) {
    if (page.body() == null) {
      return Optional.empty();
    }
    PageRegions regions = page.regions();
    Map<Element, Integer> scores = new LinkedHashMap<>(); // ties go to the block reached first
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (!(node instanceof TextNode t) || !(node.parent() instanceof Element parent)) {
              return;
            }
            int length = Texts.compact(t.getWholeText()).length();
            if (length < MIN_RUN || isInLinkOrControl(parent)) {
              return;
            }
            Element block = block(parent);
            if (block == null || regions.isChrome(block)) {
              return;
            }
            scores.merge(block, length, Integer::sum);
            Element up = block(block.parent());
            if (up != null) {
              scores.merge(up, length / 2, Integer::sum);
            }
          }
        },
        page.body());
    return scores.entrySet().stream()
        .filter(e -> e.getValue() >= MIN_BODY_CHARS)
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .or(() -> pictureBody(page));
  }

  /** True when {@code e} is or sits in a link, a script, a style, a form control or a list item. */
  private static boolean isInLinkOrControl(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      switch (p.normalName()) {
        case "a", "script", "style", "select", "option", "textarea", "li" -> {
          return true;
        }
        default -> { }
      }
    }
    return false;
  }

  /** A body with (almost) no text: the block holding most large pictures or a video (图解, 长图, 视频). */
  private static Optional<Element> pictureBody(PageContext page) {
    Map<Element, Integer> pictures = new LinkedHashMap<>(); // ties go to the block reached first
    for (Element media : page.body().select(MEDIA)) {
      if ((!media.normalName().equals("img") || isLarge(media))
          && !page.regions().isChrome(media) && !page.regions().isSide(media)) {
        Element block = block(media.parent());
        if (block != null && !block.normalName().equals("body")) {
          pictures.merge(block, 1, Integer::sum);
        }
      }
    }
    return pictures.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
  }

  private static Element block(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      switch (p.normalName()) {
        case "div", "td", "article", "section", "main", "body", "center", "form" -> {
          return p;
        }
        default -> { }
      }
    }
    return null;
  }

  /** What {@code content} is made of; empty stats when there is no body. */
  BodyStats stats(PageContext page, Optional<Element> content) {
    if (content.isEmpty()) {
      return BodyStats.empty();
    }
    Element body = content.get();
    int linkChars = 0;
    for (Element a : body.select(LINKS)) {
      linkChars += Texts.compact(a.text()).length();
    }
    int text = Math.max(0, Texts.compact(body.text()).length() - linkChars);
    Element region = body.parent() != null && text < CategoryRules.PRODUCT_MAX_TEXT ? body.parent() : body;
    int images = 0;
    for (Element img : region.select(IMAGES)) {
      if (isLarge(img) && !page.regions().isChrome(img)) {
        images++;
      }
    }
    // the region's markup is printed only when no element already says video and audio
    String html = null;
    boolean video = region.selectFirst(VIDEOS) != null;
    if (!video) {
      html = region.html();
      video = WordStarts.mentionsExtension(html, VIDEO_FILES)
          || region.select(FRAMES).stream().anyMatch(f -> PLAYER.matcher(f.attr("src")).find());
    }
    boolean audio = region.selectFirst(AUDIOS) != null
        || WordStarts.mentionsExtension(html != null ? html : region.html(), AUDIO_FILES);
    return new BodyStats(text, images, video, audio);
  }

  private static boolean isLarge(Element img) {
    String src = img.attr("src");
    if (src.isEmpty() || ICON_SRC.matcher(src).find()) {
      return false;
    }
    int w = size(img.attr("width"));
    int h = size(img.attr("height"));
    return (w < 0 || w >= ICON_SIZE) && (h < 0 || h >= ICON_SIZE);
  }

  private static int size(String attr) {
    String digits = AFTER_DIGITS.matcher(attr).replaceAll("");
    return digits.isEmpty() ? -1 : Integer.parseInt(digits);
  }
}
