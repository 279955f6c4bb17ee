package io.github.govaudit.page;

import java.util.HashSet;
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

  private static final String CONTROLS = "input:not([type~=(?i)hidden|submit|button|image|reset]), select, textarea";

  /** The facts of {@code doc}. */
  public static AccessibilityFacts of(Document doc) {
    Element html = doc.selectFirst("html");
    boolean lang = html != null && !html.attr("lang").isBlank();
    return new AccessibilityFacts(doc.select("img:not([alt])").size(), unlabelled(doc), emptyLinks(doc), lang,
        !doc.title().isBlank());
  }

  private static int unlabelled(Document doc) {
    Set<String> labelled = new HashSet<>();
    for (Element label : doc.select("label[for]")) {
      labelled.add(label.attr("for"));
    }
    int n = 0;
    for (Element c : doc.select(CONTROLS)) {
      boolean named = named(c) || (c.hasAttr("id") && labelled.contains(c.id()))
          || !c.attr("placeholder").isBlank() || c.closest("label") != null;
      n += named ? 0 : 1;
    }
    return n;
  }

  private static int emptyLinks(Document doc) {
    int n = 0;
    for (Element a : doc.select("a[href]")) {
      boolean named = !a.text().isBlank() || named(a) || !a.select("img[alt~=\\S]").isEmpty();
      n += named ? 0 : 1;
    }
    return n;
  }

  private static boolean named(Element e) {
    return !e.attr("aria-label").isBlank() || !e.attr("aria-labelledby").isBlank() || !e.attr("title").isBlank();
  }
}
