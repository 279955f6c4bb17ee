package io.github.govaudit.marks;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the marks are read from: the page's text, the code that loads badges (each script's
 * attributes and content, each link's address) and its {@code SiteIDCode} meta. A page reader that
 * has walked the page already builds it from its own lists ({@link #of(String, List, List, String)}).
 *
 * @param text the page's text
 * @param code scripts and link addresses, one per line
 * @param siteIdMeta the content of {@code <meta name="SiteIDCode">}, or empty
 */
public record MarkSource(String text, String code, String siteIdMeta) {

  /** The source of {@code doc}, walking it once for its scripts and links. */
  public static MarkSource of(Document doc) {
    Element meta = doc.selectFirst("meta[name~=(?i)^SiteIDCode$]");
    return of(doc.text(), doc.getElementsByTag("script"), doc.select("a[href]"),
        meta == null ? "" : meta.attr("content"));
  }

  /**
   * The source of a page whose text, scripts and links are known.
   *
   * @param text the page's text
   * @param scripts its script elements
   * @param links its {@code a[href]} elements
   * @param siteIdMeta the content of its SiteIDCode meta, or empty
   */
  public static MarkSource of(String text, List<Element> scripts, List<Element> links, String siteIdMeta) {
    StringBuilder code = new StringBuilder();
    for (Element s : scripts) {
      code.append(s.attributes().html()).append(' ').append(s.data()).append('\n');
    }
    for (Element a : links) {
      code.append(a.attr("href")).append('\n');
    }
    return new MarkSource(text, code.toString(), siteIdMeta.strip());
  }
}
