package io.github.govaudit.page;

import io.github.govaudit.crawl.Link;
import io.github.govaudit.crawl.LinkSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;

/**
 * The links a page reveals beyond its plain anchors: every page of its list's paging (TRS
 * {@code createPageHTML}, Hanweb {@code totalrecord}, {@code ?page=N} …) and every entry of its
 * main list, including entries that exist only in a Hanweb datastore script. Each entry link
 * carries the entry's title as anchor. {@link PageAnalyzer#read} gives the same links together with
 * the page's analysis, reading the lists once for both.
 */
public final class RevealedLinks implements LinkSource {

  private final PageLists.Readers readers = PageLists.Readers.create();

  @Override
  public List<Link> links(String url, Document doc) {
    return of(url, new PageLists(new PageContext(url, doc), readers));
  }

  /** The links revealed by the lists of the page at {@code url}: its other pages, then its entries. */
  static List<Link> of(String url, PageLists lists) {
    Map<String, Link> found = new LinkedHashMap<>();
    for (String page : lists.paging().urls()) {
      if (!page.equals(url) && isWeb(page)) {
        found.putIfAbsent(page, new Link(page, ""));
      }
    }
    for (List<ListEntries.Raw> listed : List.of(lists.datastoreEntries(),
        lists.mainList().map(MainList.Block::entries).orElse(List.of()))) {
      for (ListEntries.Raw entry : listed) {
        if (isWeb(entry.url())) {
          found.putIfAbsent(strip(entry.url()), new Link(strip(entry.url()), entry.title()));
        }
      }
    }
    return List.copyOf(found.values());
  }

  private static boolean isWeb(String url) {
    return url.startsWith("http://") || url.startsWith("https://");
  }

  private static String strip(String url) {
    int hash = url.indexOf('#');
    return hash >= 0 ? url.substring(0, hash) : url;
  }
}
