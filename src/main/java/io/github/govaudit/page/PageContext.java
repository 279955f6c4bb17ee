package io.github.govaudit.page;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * One page being read, with the parts of it that several readers need, each worked out at most
 * once: its named metas, scripts and links, its visible text pieces and text, its body text, its
 * serialised HTML, which of its elements are chrome or sidebars, and its links resolved. One instance serves one reading of
 * one page, on one thread.
 */
final class PageContext {

  private final String url;
  private final Document doc;
  private final Element body;
  private final PageRegions regions = new PageRegions();
  private final Hrefs hrefs = new Hrefs();
  private List<Element> metas;
  private List<Element> scripts;
  private List<Element> links;
  private List<LabelledText.Piece> pieces;
  private String visibleText;
  private String mainText;
  private String compactBodyText;
  private List<String> scriptData;
  private String scriptText;
  private String html;

  /**
   * @param url the page's final URL
   * @param doc the decoded page, its base URI set to {@code url}
   */
  PageContext(String url, Document doc) {
    this.url = url;
    this.doc = doc;
    this.body = doc.body();
  }

  String url() {
    return url;
  }

  Document doc() {
    return doc;
  }

  /** The page's body, or null when it has none. */
  Element body() {
    return body;
  }

  PageRegions regions() {
    return regions;
  }

  Hrefs hrefs() {
    return hrefs;
  }

  /** The visible text pieces of the body ({@link LabelledText#pieces}), empty without a body. */
  List<LabelledText.Piece> pieces() {
    if (pieces == null) {
      pieces = body() == null ? List.of() : LabelledText.pieces(body());
    }
    return pieces;
  }

  /**
   * The page's visible text outside header, navigation, footer and sidebars, pieces joined by
   * newlines: where the readers of printed figures (consultations, interviews) look.
   */
  String mainText() {
    if (mainText == null) {
      StringBuilder sb = new StringBuilder();
      for (LabelledText.Piece p : pieces()) {
        if (!regions.isChrome(p.owner()) && !regions.isSide(p.owner())) {
          sb.append(p.text()).append('\n');
        }
      }
      mainText = sb.toString();
    }
    return mainText;
  }

  /** The page's visible text outside header, navigation and footer, pieces joined by newlines. */
  String visibleText() {
    if (visibleText == null) {
      StringBuilder sb = new StringBuilder();
      for (LabelledText.Piece p : pieces()) {
        if (!regions.isChrome(p.owner())) {
          sb.append(p.text()).append('\n');
        }
      }
      visibleText = sb.toString();
    }
    return visibleText;
  }

  /** The body's text without any whitespace, empty without a body. */
  String compactBodyText() {
    if (compactBodyText == null) {
      compactBodyText = body() == null ? "" : Texts.compact(body().text());
    }
    return compactBodyText;
  }

  /** The page's {@code meta[name], meta[property]} elements, in page order. */
  List<Element> metas() {
    scan();
    return metas;
  }

  /** The page's {@code a[href]} elements, in page order. */
  List<Element> links() {
    scan();
    return links;
  }

  /** The page's script elements, in page order. */
  List<Element> scripts() {
    scan();
    return scripts;
  }

  /** The content of every script of the page, in page order. */
  List<String> scriptData() {
    if (scriptData == null) {
      scan();
      List<String> data = new ArrayList<>();
      for (Element s : scripts) {
        data.add(s.data());
      }
      scriptData = List.copyOf(data);
    }
    return scriptData;
  }

  /** Collects the named metas, scripts and links of the whole page in one walk. */
  private void scan() {
    if (metas != null) {
      return;
    }
    List<Element> named = new ArrayList<>();
    List<Element> code = new ArrayList<>();
    List<Element> anchors = new ArrayList<>();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof Element e) {
        switch (e.normalName()) {
          case "meta" -> {
            if (e.hasAttr("name") || e.hasAttr("property")) {
              named.add(e);
            }
          }
          case "script" -> code.add(e);
          case "a" -> {
            if (e.hasAttr("href")) {
              anchors.add(e);
            }
          }
          default -> { }
        }
      }
    }, doc);
    metas = named;
    scripts = code;
    links = anchors;
  }

  /** Every script's content, each followed by a newline. */
  String scriptText() {
    if (scriptText == null) {
      StringBuilder sb = new StringBuilder();
      for (String s : scriptData()) {
        sb.append(s).append('\n');
      }
      scriptText = sb.toString();
    }
    return scriptText;
  }

  /** The page serialised as jsoup prints it. */
  String html() {
    if (html == null) {
      html = doc.html();
    }
    return html;
  }
}
