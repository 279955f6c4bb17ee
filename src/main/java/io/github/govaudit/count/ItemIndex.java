package io.github.govaudit.count;

import io.github.govaudit.page.Category;
import io.github.govaudit.page.CategoryRules;
import io.github.govaudit.page.DateSource;
import io.github.govaudit.page.InterpretationKind;
import io.github.govaudit.page.ListItem;
import io.github.govaudit.page.PageAnalysis;
import io.github.govaudit.page.PageType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The site's items: every entry its columns list on its own hosts, plus article pages found
 * outside any list, each once. Entries that point to other hosts (外链) are kept apart: the form
 * excludes them from every count.
 */
public final class ItemIndex {

  private final List<Item> items;
  private final List<ExternalEntry> external;

  /** An entry a column lists that points to another host. */
  public record ExternalEntry(String url, String title, String column) {}

  private ItemIndex(List<Item> items, List<ExternalEntry> external) {
    this.items = List.copyOf(items);
    this.external = List.copyOf(external);
  }

  /** Builds the index from the site's columns and pages. */
  public static ItemIndex build(Site site, List<Column> columns, CategoryRules rules) {
    Map<String, Draft> drafts = new LinkedHashMap<>();
    List<ExternalEntry> external = new ArrayList<>();
    Set<String> notItems = notItems(site, columns);
    for (Column c : columns) {
      for (ListItem listed : c.entries()) {
        if (!site.isOnSite(listed.url())) {
          external.add(new ExternalEntry(listed.url(), listed.title(), c.url()));
          continue;
        }
        // an entry whose link redirects is the item it lands on, counted once with it
        String url = site.afterRedirects(listed.url());
        if (notItems.contains(url) || !site.isOnSite(url)) {
          continue;
        }
        ListItem e = new ListItem(listed.title(), url, listed.date(), listed.dateText());
        drafts.computeIfAbsent(url, Draft::new).listedIn(c, e);
      }
    }
    for (PageAnalysis p : site.pageList()) {
      boolean article = p.pageType() == PageType.ITEM || p.pageType() == PageType.DISCLOSURE_ITEM;
      if (article && site.isOnSite(p.url()) && !drafts.containsKey(p.url())) {
        drafts.put(p.url(), new Draft(p.url()));
      }
    }
    List<Item> items = drafts.values().stream().map(d -> d.toItem(site, rules))
        .sorted(Comparator.comparing(Item::url)).toList();
    return new ItemIndex(items, external);
  }

  /** The home page, column pages and their pagination, search pages: listed sometimes, never items. */
  private static Set<String> notItems(Site site, List<Column> columns) {
    Set<String> urls = new HashSet<>();
    if (site.record() != null) {
      urls.add(site.record().home());
      urls.add(site.homeUrl());
    }
    for (Column c : columns) {
      urls.add(c.url());
      urls.addAll(c.pageUrls());
    }
    site.pages().forEach((url, p) -> {
      if (p.pageType() == PageType.LIST || p.pageType() == PageType.HOME || p.pageType() == PageType.SEARCH) {
        urls.add(url);
      }
    });
    return urls;
  }

  public List<Item> items() {
    return items;
  }

  public List<ExternalEntry> external() {
    return external;
  }

  /** Items that count for {@code year}: listed in a column and published in that year. */
  public List<Item> inYear(int year) {
    return items.stream().filter(i -> i.countsIn(year)).toList();
  }

  /** Items with no publish date: counted nowhere, listed for a person to decide. */
  public List<Item> undated() {
    return items.stream().filter(i -> i.date() == null && i.listed()).toList();
  }

  /** An item while its columns are being collected. */
  private static final class Draft {
    final String url;
    final List<Column> columns = new ArrayList<>();
    String title;
    LocalDate listDate;

    Draft(String url) {
      this.url = url;
    }

    void listedIn(Column c, ListItem e) {
      columns.add(c);
      if (title == null || title.isBlank()) {
        title = e.title();
      }
      if (listDate == null) {
        listDate = e.date();
      }
    }

    Item toItem(Site site, CategoryRules rules) {
      PageAnalysis page = site.pages().get(url);
      LocalDate date = listDate;
      DateSource source = listDate == null ? null : DateSource.LIST;
      if (date == null && page != null && page.publishDate() != null) {
        date = page.publishDate();
        source = page.dateSource();
      }
      String t = title != null && !title.isBlank() ? title : page == null ? "" : nz(page.title());
      Set<Category> categories = EnumSet.noneOf(Category.class);
      Set<String> topics = new HashSet<>();
      boolean hot = false;
      InterpretationKind kind = null;
      for (Column c : columns) {
        categories.add(c.category());
        hot |= c.hotResponse();
        if (!c.topic().isEmpty()) {
          topics.add(String.join(" > ", c.topic()));
        }
        // the column's flag (rules, or a person's override) decides; else the title rule alone
        if (kind == null && (c.interpretation() || rules.isInterpretationTitle(t))) {
          kind = rules.kindOf(c.path(), t, page == null ? null : page.contentSource(),
              page == null ? null : page.body());
        }
      }
      if (page != null) {
        if (page.pageType() == PageType.DISCLOSURE_ITEM) {
          categories.add(Category.DISCLOSURE);
        }
        if (columns.isEmpty()) {
          categories.add(page.category() == null ? Category.OTHER : page.category());
          List<String> path = ColumnTree.withoutHome(page.breadcrumb());
          if (rules.isInterpretation(path, t)) {
            kind = rules.interpretationKind(path, t, page.contentSource(), page.body());
          }
          hot = rules.isHotResponse(path);
          List<String> topic = TopicPath.of(path, rules);
          if (!topic.isEmpty()) {
            topics.add(String.join(" > ", topic));
          }
        }
      }
      if (categories.isEmpty()) {
        categories.add(Category.OTHER);
      }
      boolean inColumn = !columns.isEmpty()
          || page != null && !ColumnTree.withoutHome(page.breadcrumb()).isEmpty();
      return new Item(url, t, date, source, columns.stream().map(Column::url).distinct().toList(), inColumn,
          categories, kind, hot, topics);
    }

    private static String nz(String s) {
      return s == null ? "" : s;
    }
  }
}
