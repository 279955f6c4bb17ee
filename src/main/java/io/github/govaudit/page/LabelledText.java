package io.github.govaudit.page;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The visible text pieces of an element, in reading order, each with the element holding it. */
final class LabelledText {

  /** One non-blank text node, whitespace-normalised, with its parent element. */
  record Piece(String text, Element owner) {}

  /** Inline elements a template leaves empty to space the letters of a label. */
  private static final java.util.Set<String> SPACERS = java.util.Set.of("span", "i", "em", "font", "b", "strong");

  private LabelledText() {}

  /**
   * The visible text pieces under {@code root}, skipping text inside scripts, styles, hidden inputs
   * and the title (also when {@code root} itself sits inside one).
   */
  static List<Piece> pieces(Element root) {
    List<Piece> out = new ArrayList<>();
    boolean hiddenAbove = isHidden(root.parent());
    NodeTraversor.traverse(
        new NodeVisitor() {
          /** Hidden elements open between {@code root} (included) and the node visited. */
          private int hiddenOpen;
          /** The text node the last piece came from. */
          private TextNode last;

          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e) {
              if (isHiddenTag(e)) {
                hiddenOpen++;
              }
            } else if (node instanceof TextNode t && node.parent() instanceof Element parent
                && hiddenOpen == 0 && !hiddenAbove) {
              String text = Texts.normalize(t.getWholeText());
              if (text.isEmpty()) {
                return;
              }
              if (last != null && afterSpacersOnly(t, last)) {
                // 索<span></span>引<span></span>号： is one word however the template spaces it
                Piece joined = out.remove(out.size() - 1);
                boolean space = Texts.isSpace(last.getWholeText().charAt(last.getWholeText().length() - 1))
                    || Texts.isSpace(t.getWholeText().charAt(0));
                out.add(new Piece(joined.text() + (space ? " " : "") + text, parent));
              } else {
                out.add(new Piece(text, parent));
              }
              last = t;
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && isHiddenTag(e)) {
              hiddenOpen--;
            }
          }
        },
        root);
    return out;
  }

  /**
   * True when only empty inline spacers ({@code <span style="margin-right:7px"></span>}) stand between
   * {@code previous} and {@code text}, two text nodes of one element.
   */
  private static boolean afterSpacersOnly(TextNode text, TextNode previous) {
    Node n = text.previousSibling();
    while (n instanceof Element e && SPACERS.contains(e.normalName()) && e.childNodeSize() == 0) {
      n = n.previousSibling();
    }
    return n == previous && n != text.previousSibling();
  }

  private static boolean isHidden(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      if (isHiddenTag(p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHiddenTag(Element e) {
    return switch (e.normalName()) {
      case "script", "style", "noscript", "textarea", "option", "select", "title" -> true;
      default -> false;
    };
  }
}
