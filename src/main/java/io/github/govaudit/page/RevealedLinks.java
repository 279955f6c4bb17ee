package io.github.govaudit.page;

import io.github.govaudit.crawl.Link;
import io.github.govaudit.crawl.LinkSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The links a page reveals beyond its plain anchors: every page of its list's paging (TRS
 * {@code createPageHTML}, Hanweb {@code totalrecord}, {@code ?page=N} …) and every entry of its
 * main list, including entries that exist only in a Hanweb datastore script. Each entry link
 * carries the entry's title as anchor.
 */
public final class RevealedLinks implements LinkSource {

  private final HanwebDatastore hanweb = new HanwebDatastore();
  private final MainList mainList = new MainList();
  private final ListEntries entries = new ListEntries();
  private final Paging paging = new Paging();

  @Override
  public List<Link> links(String url, Document doc) {
    Map<String, Link> found = new LinkedHashMap<>();
    Optional<HanwebDatastore.Data> datastore = hanweb.read(doc);
    for (String page : paging.read(url, doc, datastore).urls()) {
      if (!page.equals(url) && isWeb(page)) {
        found.putIfAbsent(page, new Link(page, ""));
      }
    }
    List<ListEntries.Raw> listed = new ArrayList<>();
    datastore.ifPresent(d -> {
      for (Element record : d.records()) {
        entries.read(record.children().size() == 1 ? record.child(0) : record).ifPresent(listed::add);
      }
    });
    mainList.find(doc).ifPresent(b -> listed.addAll(b.entries()));
    for (ListEntries.Raw entry : listed) {
      if (isWeb(entry.url())) {
        found.putIfAbsent(strip(entry.url()), new Link(strip(entry.url()), entry.title()));
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
