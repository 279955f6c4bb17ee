package io.github.govaudit.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The lists of one page, each read at most once and shared by the page's analysis and the links it
 * reveals: its Hanweb datastore and the entries in it, its main list, and its paging. One instance
 * serves one reading of one page.
 */
final class PageLists {

  /**
   * The stateless readers of lists, shared by every page an owner reads.
   *
   * @param hanweb reads the Hanweb datastore
   * @param mainList finds the main list
   * @param paging works out the paging
   * @param entries reads one entry
   */
  record Readers(HanwebDatastore hanweb, MainList mainList, Paging paging, ListEntries entries) {
    static Readers create() {
      return new Readers(new HanwebDatastore(), new MainList(), new Paging(), new ListEntries());
    }
  }

  private final PageContext page;
  private final Readers readers;
  private Optional<HanwebDatastore.Data> datastore;
  private List<ListEntries.Raw> datastoreEntries;
  private Optional<MainList.Block> mainList;
  private Pagination paging;

  PageLists(PageContext page, Readers readers) {
    this.page = page;
    this.readers = readers;
  }

  /** The Hanweb datastore of the page, if it has one. */
  Optional<HanwebDatastore.Data> datastore() {
    if (datastore == null) {
      datastore = readers.hanweb().read(page);
    }
    return datastore;
  }

  /** True when the page keeps its list in a Hanweb datastore with records. */
  boolean hasDatastoreRecords() {
    return datastore().map(d -> !d.records().isEmpty()).orElse(false);
  }

  /** The entries of the datastore's records, in order; empty without a datastore. */
  List<ListEntries.Raw> datastoreEntries() {
    if (datastoreEntries == null) {
      List<ListEntries.Raw> read = new ArrayList<>();
      datastore().ifPresent(d -> {
        for (Element record : d.records()) {
          Element only = record.firstElementChild();
          boolean single = only != null && only.nextElementSibling() == null;
          readers.entries().read(single ? only : record, page.hrefs())
              .ifPresent(read::add);
        }
      });
      datastoreEntries = List.copyOf(read);
    }
    return datastoreEntries;
  }

  /** The page's main list in its markup, if it has one. */
  Optional<MainList.Block> mainList() {
    if (mainList == null) {
      mainList = readers.mainList().find(page);
    }
    return mainList;
  }

  /** The paging of the page's list. */
  Pagination paging() {
    if (paging == null) {
      paging = readers.paging().read(page, datastore());
    }
    return paging;
  }

  /**
   * Whether the crawl should take the page for a list, asked again first when the site is crawled
   * again: its list has other pages, a Hanweb datastore with records, or a main list of two dated
   * entries or more. Read from the lists alone, so it holds whether the page was analysed or not.
   */
  boolean isList() {
    if (hasDatastoreRecords() || paging().pages() > 1) {
      return true;
    }
    return mainList().map(b -> b.dated() >= 2)
        .orElse(false);
  }
}
