package io.github.govaudit.crawl;

import edu.uci.ics.crawler4j.crawler.Page;
import edu.uci.ics.crawler4j.parser.HtmlParseData;
import edu.uci.ics.crawler4j.parser.HtmlParser;
import edu.uci.ics.crawler4j.url.WebURL;
import edu.uci.ics.crawler4j.url.WebURLFactory;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Parses each HTML page once, with jsoup, in place of crawler4j's Tika parser: decodes the bytes
 * ourselves (crawler4j misreads undeclared GBK), and collects the links of every {@link
 * LinkSource}, so script-only paging and CMS data blocks are followed too.
 */
final class JsoupHtmlParser implements HtmlParser {

  private final HtmlDecoder decoder = new HtmlDecoder();
  private final List<LinkSource> sources;
  private final UrlNormalizer normalizer;
  private final WebURLFactory factory;

  JsoupHtmlParser(List<LinkSource> sources, UrlNormalizer normalizer, WebURLFactory factory) {
    this.sources = List.copyOf(sources);
    this.normalizer = normalizer;
    this.factory = factory;
  }

  @Override
  public HtmlParseData parse(Page page) {
    String url = page.getWebURL().getURL();
    DecodedPage decoded = decoder.decode(page.getContentData(), ResponseHeaders.contentType(page));
    Document doc = Jsoup.parse(decoded.html(), url);
    List<Link> links = links(url, doc);
    ParsedHtml data = new ParsedHtml(decoded, links);
    data.setHtml(decoded.html());
    data.setTitle(doc.title());
    data.setText(doc.body() == null ? "" : doc.body().text());
    data.setMetaTags(Map.of());
    data.setContentCharset(decoded.charset().name());
    data.setOutgoingUrls(webUrls(links));
    return data;
  }

  private List<Link> links(String url, Document doc) {
    Map<String, Link> byUrl = new LinkedHashMap<>();
    for (LinkSource source : sources) {
      for (Link link : linksOrNone(source, url, doc)) {
        normalizer.normalize(link.url()).ifPresent(u -> byUrl.merge(u, new Link(u, link.anchor()),
            (old, added) -> old.anchor().isEmpty() ? added : old));
      }
    }
    return List.copyOf(byUrl.values());
  }

  /** A source that fails on one odd page must not lose the page: its plain anchors still count. */
  private static List<Link> linksOrNone(LinkSource source, String url, Document doc) {
    try {
      return source.links(url, doc);
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  private Set<WebURL> webUrls(List<Link> links) {
    Set<WebURL> urls = new HashSet<>();
    for (Link link : links) {
      WebURL w = factory.newWebUrl();
      w.setURL(link.url());
      w.setAnchor(link.anchor());
      urls.add(w);
    }
    return urls;
  }
}
