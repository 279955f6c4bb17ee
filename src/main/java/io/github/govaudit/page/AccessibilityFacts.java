package io.github.govaudit.page;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What one page lacks for assistive technology, counted where the page is parsed so the report
 * need not read its body again: images without an {@code alt} attribute ({@code alt=""} marks a
 * decorative image and is fine), form controls without a label, links without text, and whether
 * the page declares its language and has a title.
 *
 * @param imagesWithoutAlt {@code <img>} elements with no {@code alt} attribute
 * @param controlsWithoutLabel inputs, selects and text areas a screen reader cannot name
 * @param emptyLinks links with an address but no text, image alt, {@code aria-label} or {@code title}
 * @param hasLang the {@code <html>} element has a non-blank {@code lang}
 * @param hasTitle the page has a non-blank {@code <title>}
 */
public record AccessibilityFacts(int imagesWithoutAlt, int controlsWithoutLabel, int emptyLinks, boolean hasLang,
    boolean hasTitle) {

  /** The facts of a page that was not read as HTML: nothing found missing. */
  public static final AccessibilityFacts NONE = new AccessibilityFacts(0, 0, 0, true, true);

  private static final Set<String> UNNAMED_INPUT_TYPES = Set.of("hidden", "submit", "button", "image", "reset");

  /** The facts of {@code doc}, read in one walk over its elements. */
  public static AccessibilityFacts of(Document doc) {
    int images = 0;
    int links = 0;
    Set<String> labelled = new HashSet<>();
    List<Element> controls = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      switch (e.normalName()) {
        case "img" -> images += e.hasAttr("alt") ? 0 : 1;
        case "a" -> links += e.hasAttr("href") && !linkNamed(e) ? 1 : 0;
        case "label" -> labelled.add(e.attr("for"));
        case "select", "textarea" -> controls.add(e);
        case "input" -> {
          if (!UNNAMED_INPUT_TYPES.contains(e.attr("type").toLowerCase(Locale.ROOT))) {
            controls.add(e);
          }
        }
        default -> { }
      }
    }
    Element html = doc.selectFirst("html");
    boolean lang = html != null && !html.attr("lang").isBlank();
    return new AccessibilityFacts(images, unlabelled(controls, labelled), links, lang, !doc.title().isBlank());
  }

  private static int unlabelled(List<Element> controls, Set<String> labelled) {
    int n = 0;
    for (Element c : controls) {
      boolean named = named(c) || (c.hasAttr("id") && labelled.contains(c.id()))
          || !c.attr("placeholder").isBlank() || c.closest("label") != null;
      n += named ? 0 : 1;
    }
    return n;
  }

  private static boolean linkNamed(Element a) {
    return !a.text().isBlank() || named(a) || a.select("img[alt]").stream().anyMatch(i -> !i.attr("alt").isBlank());
  }

  private static boolean named(Element e) {
    return !e.attr("aria-label").isBlank() || !e.attr("aria-labelledby").isBlank() || !e.attr("title").isBlank();
  }
}
