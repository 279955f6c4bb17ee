package io.github.govaudit.crawl;

import edu.uci.ics.crawler4j.parser.HtmlParseData;
import java.util.List;

/** crawler4j's parse result for an HTML page, carrying our decoding and links along with it. */
final class ParsedHtml extends HtmlParseData {

  private final DecodedPage decoded;
  private final List<Link> links;

  ParsedHtml(DecodedPage decoded, List<Link> links) {
    this.decoded = decoded;
    this.links = List.copyOf(links);
  }

  DecodedPage decoded() {
    return decoded;
  }

  List<Link> links() {
    return links;
  }
}
