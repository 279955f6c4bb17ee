package io.github.govaudit.page;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * How the links of a tree are spread, worked out in one walk: for each element, how many
 * {@code a[href]} it holds (itself included, counted up to two: "none", "one", "several"), whether
 * a list ({@code ul}, {@code ol}, {@code table}, {@code dl}) holding several sits below it, and how
 * many element children it has (up to two). Counting children here spares jsoup's child-element
 * cache, which every {@code childrenSize()} would build for every element.
 */
final class LinkShape {

  /** Counting stops here: the readers only ask for none, one or several. */
  private static final int SEVERAL = 2;
  private static final int LIST_BELOW = 4;
  private static final int CHILD_SHIFT = 3;

  private final Map<Element, Integer> shapes;
  private final List<Element> elements;

  private LinkShape(Map<Element, Integer> shapes, List<Element> elements) {
    this.shapes = shapes;
    this.elements = elements;
  }

  /** The shape of every element of {@code root}'s tree, {@code root} included. */
  static LinkShape of(Element root) {
    Map<Element, Integer> shapes = new IdentityHashMap<>();
    List<Element> elements = new ArrayList<>();
    NodeTraversor.traverse(
        new NodeVisitor() {
          /** Per open element: links below it so far, whether a list of several sits below, children. */
          private final Deque<int[]> open = new ArrayDeque<>();

          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e) {
              open.push(new int[3]);
              elements.add(e);
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
              return;
            }
            int[] below = open.pop();
            int links = Math.min(SEVERAL, below[0] + (e.nameIs("a") && e.hasAttr("href") ? 1 : 0));
            shapes.put(e, links | (below[1] != 0 ? LIST_BELOW : 0) | below[2] << CHILD_SHIFT);
            int[] up = open.peek();
            if (up != null) {
              up[0] = Math.min(SEVERAL, up[0] + links);
              up[2] = Math.min(SEVERAL, up[2] + 1);
              if (below[1] != 0 || links >= SEVERAL && isList(e)) {
                up[1] = 1;
              }
            }
          }
        },
        root);
    return new LinkShape(shapes, elements);
  }

  /** Every element of the tree, {@code root} first, in document order. */
  List<Element> elements() {
    return elements;
  }

  /** The {@code a[href]} of {@code e} and below: 0, 1, or 2 for several. */
  int links(Element e) {
    return shapes.getOrDefault(e, 0) & (LIST_BELOW - 1);
  }

  /** The element children of {@code e}: 0, 1, or 2 for several. */
  int children(Element e) {
    return shapes.getOrDefault(e, 0) >> CHILD_SHIFT;
  }

  /** True when a list below {@code e} (not {@code e} itself) holds several links. */
  boolean listOfLinksBelow(Element e) {
    return (shapes.getOrDefault(e, 0) & LIST_BELOW) != 0;
  }

  private static boolean isList(Element e) {
    return switch (e.normalName()) {
      case "ul", "ol", "table", "dl" -> true;
      default -> false;
    };
  }
}
