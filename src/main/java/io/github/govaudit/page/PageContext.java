package io.github.govaudit.page;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * One page being read, with the parts of it that several readers need, each worked out at most
 * once: its visible text pieces and text, its body text, its scripts, its serialised HTML, which of
 * its elements are chrome or sidebars, and its links resolved. One instance serves one reading of
 * one page, on one thread.
 */
final class PageContext {

  private static final Evaluator SCRIPTS = QueryParser.parse("script");

  private final String url;
  private final Document doc;
  private final Element body;
  private final PageRegions regions = new PageRegions();
  private final Hrefs hrefs = new Hrefs();
  private List<LabelledText.Piece> pieces;
  private String visibleText;
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

  /** The content of every script of the page, in page order. */
  List<String> scriptData() {
    if (scriptData == null) {
      List<String> data = new ArrayList<>();
      for (Element s : doc.select(SCRIPTS)) {
        data.add(s.data());
      }
      scriptData = List.copyOf(data);
    }
    return scriptData;
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
