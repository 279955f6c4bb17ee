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

  private LabelledText() {}

  /** The visible text pieces under {@code root}, skipping scripts, styles and hidden inputs. */
  static List<Piece> pieces(Element root) {
    List<Piece> out = new ArrayList<>();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t && node.parent() instanceof Element parent
                && !isHidden(parent)) {
              String text = Texts.normalize(t.getWholeText());
              if (!text.isEmpty()) {
                out.add(new Piece(text, parent));
              }
            }
          }
        },
        root);
    return out;
  }

  private static boolean isHidden(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      String tag = p.normalName();
      if (tag.equals("script") || tag.equals("style") || tag.equals("noscript")
          || tag.equals("textarea") || tag.equals("option") || tag.equals("select")
          || tag.equals("title")) {
        return true;
      }
    }
    return false;
  }
}
