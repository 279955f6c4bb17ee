package io.github.govaudit.crawl;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The links a page shows in its markup: anchors, image-map areas and frames. */
public final class AnchorLinks implements LinkSource {

  @Override
  public List<Link> links(String url, Document doc) {
    List<Link> links = new ArrayList<>();
    for (Element a : doc.select("a[href], area[href]")) {
      add(links, a.absUrl("href"), anchorText(a));
    }
    for (Element f : doc.select("frame[src], iframe[src]")) {
      add(links, f.absUrl("src"), f.attr("title"));
    }
    return links;
  }

  private static String anchorText(Element a) {
    String text = a.text();
    if (text.isBlank()) {
      text = a.attr("title");
    }
    if (text.isBlank()) {
      Element img = a.selectFirst("img[alt]");
      text = img == null ? "" : img.attr("alt");
    }
    return text;
  }

  private static void add(List<Link> links, String absolute, String anchor) {
    if (absolute.startsWith("http://") || absolute.startsWith("https://")) {
      int hash = absolute.indexOf('#');
      links.add(new Link(hash < 0 ? absolute : absolute.substring(0, hash), anchor));
    }
  }
}
