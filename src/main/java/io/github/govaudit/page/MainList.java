package io.github.govaudit.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Finds the page's main list: the largest block of repeated sibling entries that link to items,
 * carry dates and have sentence-long titles; blocks in the header, navigation, footer and sidebars
 * never count.
 * Lists a CMS splits into several blocks of the same shape (TRS prints a {@code <ul>} per five
 * entries) are joined.
 */
final class MainList {

  /** A list needs this many entries to be a list. */
  static final int MIN_ENTRIES = 2;
  /** Titles of articles are at least this long on average; menus are shorter. */
  private static final double TITLE_LENGTH_NORM = 14.0;

  /** A list inside a list is a group of entries, never one entry (lists grouped by year or month). */
  private static final java.util.Set<String> LIST_CONTAINERS = java.util.Set.of("ul", "ol", "table", "tbody", "dl");

  private final ListEntries entries = new ListEntries();

  /** A URL of a column: a folder, or its index / list page. */
  private static final java.util.regex.Pattern COLUMN_URL = java.util.regex.Pattern.compile(
      "(?i)(/|/(?:index|list|default)(?:_\\d+)?\\.(?:s?html?|jsp|php|aspx?))(?:\\?.*)?$");

  /** An item's URL: a file or query with a number of four digits or more (t20240512_1, art_12_345, ?id=1234). */
  private static final java.util.regex.Pattern ITEM_URL =
      java.util.regex.Pattern.compile("\\d{4,}[^/]*$|[?&][a-z]*id=\\d");

  /**
   * A list element holding several links is a group of entries (one {@code <dl>} per entry is still
   * one), and so is a box that holds such a list (a channel page's block per sub-column).
   */
  private static boolean isGroupOfEntries(Element child, LinkShape shape) {
    if (LIST_CONTAINERS.contains(child.normalName())) {
      return shape.links(child) > 1;
    }
    return shape.listOfLinksBelow(child);
  }

  /** Header words of a document list's date column. */
  private static final java.util.regex.Pattern DATE_HEADER = java.util.regex.Pattern.compile("日期|时间");

  /** A block of repeated entries and how list-like it is. */
  record Block(Element parent, String key, List<ListEntries.Raw> entries, double score) {
    long dated() {
      return entries.stream().filter(e -> e.date() != null || e.monthDay() != null).count();
    }

    /**
     * True when the entries are table rows under a header row that names a date column (名称 | 发布机构 |
     * 发布日期): a document list however few rows it holds.
     */
    boolean headed() {
      if (!key.equals("tr")) {
        return false;
      }
      Element first = parent.firstElementChild();
      if (first == null || !first.normalName().equals("tr") || !first.getElementsByTag("a").isEmpty()) {
        return false;
      }
      return first.children().size() >= 2 && DATE_HEADER.matcher(first.text()).find();
    }
  }

  /** The main list of the page, if it has one. */
  Optional<Block> find(PageContext page) {
    if (page.body() == null) {
      return Optional.empty();
    }
    List<Block> blocks = blocks(page, page.body());
    Optional<Block> best = blocks.stream().filter(b -> b.score() > 0).max(Comparator.comparingDouble(Block::score));
    return best.map(b -> join(b, blocks));
  }

  /**
   * Every block of repeated linked siblings under {@code root} that can be (part of) the main list,
   * scored. Blocks in the chrome or a sidebar would score 0, which neither wins nor joins the
   * winner, so they are not read at all; nor are siblings without a link, which hold no entry.
   */
  private List<Block> blocks(PageContext page, Element root) {
    LinkShape shape = LinkShape.of(root);
    String pageUrl = root.ownerDocument() == null ? "" : root.ownerDocument().location();
    List<Block> out = new ArrayList<>();
    for (Element parent : shape.elements()) {
      if (shape.links(parent) == 0 || shape.children(parent) < MIN_ENTRIES
          || page.regions().isChrome(parent) || page.regions().isSide(parent)) {
        continue;
      }
      Map<String, List<Element>> groups = new LinkedHashMap<>();
      for (Element child = parent.firstElementChild(); child != null; child = child.nextElementSibling()) {
        if (!isGroupOfEntries(child, shape)) {
          List<Element> linked = groups.computeIfAbsent(key(child), k -> new ArrayList<>());
          if (shape.links(child) > 0) {
            linked.add(child);
          }
        }
      }
      for (Map.Entry<String, List<Element>> g : groups.entrySet()) {
        // a table row under a header row is a list of one when it carries a date (a column's only entry)
        boolean oneRowTable = g.getKey().equals("tr") && g.getValue().size() == 1;
        if (g.getValue().size() < MIN_ENTRIES && !oneRowTable) {
          continue;
        }
        List<ListEntries.Raw> read = new ArrayList<>();
        for (Element child : g.getValue()) {
          entries.read(child, page.hrefs()).ifPresent(read::add);
        }
        if (oneRowTable && !(read.size() == 1 && read.get(0).date() != null)) {
          continue;
        }
        if ((read.size() >= MIN_ENTRIES || oneRowTable) && (!g.getKey().equals("a") || datedShare(read) >= 0.5)
            && !isColumnMenu(read, pageUrl)) {
          out.add(new Block(parent, g.getKey(), read, score(read)));
        }
      }
    }
    return out;
  }

  /**
   * Undated links that all lead to column folders or index pages elsewhere on the site are a menu
   * of columns, not a list; the same links to folders below this page are its entries (a list of
   * leaders, each with a page of their own).
   */
  private static boolean isColumnMenu(List<ListEntries.Raw> read, String pageUrl) {
    String folder = pageUrl.contains("/") ? pageUrl.substring(0, pageUrl.lastIndexOf('/') + 1) : "";
    return datedShare(read) == 0 && read.stream().noneMatch(e -> ITEM_URL.matcher(withoutFragment(e.url())).find())
        && read.stream().filter(e -> COLUMN_URL.matcher(withoutFragment(e.url())).find()).count() * 2 > read.size()
        && !(folder.length() > 8 && read.stream().allMatch(e -> e.url().startsWith(folder)
            && withoutFragment(e.url()).length() > folder.length()));
  }

  /** A menu's placeholder links ({@code href="#"}) resolve to the page's own folder plus a fragment. */
  private static String withoutFragment(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }

  /** Bare sibling links are a link row (breadcrumb, footer) unless most carry dates. */
  private static double datedShare(List<ListEntries.Raw> read) {
    return read.stream().filter(e -> e.date() != null || e.monthDay() != null).count() / (double) read.size();
  }

  private static String key(Element child) {
    String tag = child.normalName();
    return switch (tag) {
      case "li", "tr", "dt", "dd", "a" -> tag;
      default -> tag + "." + child.className();
    };
  }

  private static double score(List<ListEntries.Raw> read) {
    double n = read.size();
    long dated = read.stream().filter(e -> e.date() != null || e.monthDay() != null).count();
    double length = read.stream().mapToInt(e -> Texts.compact(e.title()).length()).average().orElse(0);
    double distinct = read.stream().map(ListEntries.Raw::url).distinct().count() / n;
    return n * (0.3 + dated / n) * Math.min(length, TITLE_LENGTH_NORM) / TITLE_LENGTH_NORM * distinct;
  }

  /** Joins the blocks of the same shape that sit beside {@code best} (split lists). */
  private static Block join(Block best, List<Block> all) {
    Element grand = best.parent().parent();
    if (grand == null) {
      return best;
    }
    List<Block> same = new ArrayList<>();
    for (Block b : all) {
      Element p = b.parent();
      boolean beside = p.parent() == grand || p.parent() != null && p.parent().parent() == grand
          && best.parent().parent() == grand;
      if (b == best || beside && p != best.parent() && b.key().equals(best.key())
          && p.normalName().equals(best.parent().normalName())
          && p.className().equals(best.parent().className()) && b.score() > 0
          && b.dated() * 2 >= b.entries().size() == best.dated() * 2 >= best.entries().size()) {
        same.add(b);
      }
    }
    if (same.size() == 1) {
      return best;
    }
    List<ListEntries.Raw> joined = new ArrayList<>();
    double score = 0;
    for (Block b : same) {
      joined.addAll(b.entries());
      score += b.score();
    }
    return new Block(best.parent(), best.key(), joined, score);
  }
}
