package io.github.govaudit.page;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

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
  private static final Pattern VIDEO = Pattern.compile("(?i)\\.(?:mp4|flv|m3u8|mov|wmv|avi|f4v|webm)\\b");
  private static final Pattern AUDIO = Pattern.compile("(?i)\\.(?:mp3|wav|m4a|aac|wma|ogg)\\b");
  private static final Pattern PLAYER = Pattern.compile("(?i)v\\.qq\\.com|youku|bilibili|player|video");
  /** What follows the leading digits of a size attribute ({@code 120px}, {@code 50%}). */
  private static final Pattern AFTER_DIGITS = Pattern.compile("[^0-9].*$");

  /** The block holding the article text, if the page has one. */
  Optional<Element> find(Document doc) {
    if (doc.body() == null) {
      return Optional.empty();
    }
    Map<Element, Integer> scores = new LinkedHashMap<>(); // ties go to the block reached first
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (!(node instanceof TextNode t) || !(node.parent() instanceof Element parent)) {
              return;
            }
            int length = Texts.compact(t.getWholeText()).length();
            if (length < MIN_RUN || parent.closest("a, script, style, select, option, textarea, li") != null) {
              return;
            }
            Element block = block(parent);
            if (block == null || PageRegions.isChrome(block)) {
              return;
            }
            scores.merge(block, length, Integer::sum);
            Element up = block(block.parent());
            if (up != null) {
              scores.merge(up, length / 2, Integer::sum);
            }
          }
        },
        doc.body());
    return scores.entrySet().stream()
        .filter(e -> e.getValue() >= MIN_BODY_CHARS)
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .or(() -> pictureBody(doc));
  }

  /** A body with (almost) no text: the block holding most large pictures or a video (图解, 长图, 视频). */
  private static Optional<Element> pictureBody(Document doc) {
    Map<Element, Integer> pictures = new LinkedHashMap<>(); // ties go to the block reached first
    for (Element media : doc.body().select("img, video, embed")) {
      if ((!media.normalName().equals("img") || isLarge(media))
          && !PageRegions.isChrome(media) && !PageRegions.isSide(media)) {
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
  BodyStats stats(Optional<Element> content) {
    if (content.isEmpty()) {
      return BodyStats.empty();
    }
    Element body = content.get();
    int linkChars = body.select("a").stream().mapToInt(a -> Texts.compact(a.text()).length()).sum();
    int text = Math.max(0, Texts.compact(body.text()).length() - linkChars);
    Element region = body.parent() != null && text < CategoryRules.PRODUCT_MAX_TEXT ? body.parent() : body;
    int images = 0;
    for (Element img : region.select("img")) {
      if (isLarge(img) && !PageRegions.isChrome(img)) {
        images++;
      }
    }
    String html = region.html();
    boolean video = !region.select("video, embed, object").isEmpty() || VIDEO.matcher(html).find()
        || region.select("iframe[src]").stream().anyMatch(f -> PLAYER.matcher(f.attr("src")).find());
    boolean audio = !region.select("audio").isEmpty() || AUDIO.matcher(html).find();
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
