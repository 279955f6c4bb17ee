package io.github.govaudit.page;

import io.github.govaudit.crawl.Link;
import io.github.govaudit.crawl.Understanding;
import io.github.govaudit.crawl.Understood;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;

/** The page stage as the crawler calls it: revealed links and list pages, from the page's one parse. */
public final class CrawlReading implements Understanding {

  private final RevealedLinks revealed = new RevealedLinks();

  @Override
  public Understood read(String url, Document doc) {
    List<Link> links = revealed.links(url, doc);
    List<String> paging = new ArrayList<>();
    for (Link l : links) {
      if (l.anchor().isEmpty()) {
        paging.add(l.url());
      }
    }
    return new Understood(links, paging, !links.isEmpty(), new byte[0]);
  }
}
