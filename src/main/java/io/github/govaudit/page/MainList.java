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

  /** Headings of the links an article page adds under itself (相关链接, 延伸阅读 …): never the page's list. */
  private static final java.util.regex.Pattern RELATED_HEADING = java.util.regex.Pattern.compile(
      "^(?:相关|延伸|推荐|热门|热点|猜你喜欢)(?:链接|阅读|新闻|文章|稿件|信息|报道|内容|推荐)?[:：]?$");
  /** A heading is a short line of text. */
  private static final int HEADING_CHARS = 8;

  /** How many levels above a list its group's box may be (box > table > tbody). */
  private static final int GROUP_BOX_DEPTH = 3;

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

  /**
   * True when the block, or the box holding it, opens with or follows a heading such as 相关链接 or
   * 延伸阅读: the links an article lists under itself, however many and however dated.
   */
  private static boolean isUnderRelatedHeading(Element parent) {
    Element e = parent;
    for (int up = 0; up < 2 && e != null; up++, e = e.parent()) {
      Element before = e.previousElementSibling();
      if (before != null && isRelatedHeading(before)) {
        return true;
      }
      Element first = e.firstElementChild();
      if (first != null && first != parent && isRelatedHeading(first)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRelatedHeading(Element e) {
    // a heading is one element with a text or a link or two in it; anything bigger is not read
    if (e.childrenSize() > 2 || e.children().stream().anyMatch(c -> c.childrenSize() > 1)) {
      return false;
    }
    String text = Texts.compact(e.text());
    return text.length() <= HEADING_CHARS && RELATED_HEADING.matcher(text).matches();
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
      if (shape.links(parent) == 0 || shape.children(parent) < MIN_ENTRIES && !isListOfOne(parent)
          || page.regions().isChrome(parent) || page.regions().isSide(parent) || isUnderRelatedHeading(parent)) {
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
        // a table row under a header row, or the one item of a list element, is a list of one when it
        // carries a date (a column's only entry)
        boolean oneEntry = (g.getKey().equals("tr") || g.getKey().equals("li")) && g.getValue().size() == 1;
        if (g.getValue().size() < MIN_ENTRIES && !oneEntry) {
          continue;
        }
        List<ListEntries.Raw> read = new ArrayList<>();
        for (Element child : g.getValue()) {
          entries.read(child, page.hrefs()).ifPresent(read::add);
        }
        if (oneEntry && !(read.size() == 1 && read.get(0).date() != null)) {
          continue;
        }
        if ((read.size() >= MIN_ENTRIES || oneEntry) && (!g.getKey().equals("a") || datedShare(read) >= 0.5)
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

  /**
   * True when {@code p} sits in a box of the same shape as the box of {@code best}, both boxes side by
   * side: a list grouped by year, each group a heading and a list in a box of its own, or a section
   * page's box per sub-column (each with its 更多 link), whose entries are all the page lists.
   */
  private static boolean isCousinGroup(Element p, Element best) {
    Element box = p;
    Element bestBox = best;
    for (int up = 0; up < GROUP_BOX_DEPTH; up++) {
      box = box.parent();
      bestBox = bestBox.parent();
      if (box == null || bestBox == null || box == bestBox || !box.normalName().equals(bestBox.normalName())
          || !box.className().equals(bestBox.className())) {
        return false;
      }
      if (box.parent() != null && box.parent() == bestBox.parent()) {
        return true;
      }
    }
    return false;
  }

  /** True for a list element holding a single item ({@code <ul><li>…</li></ul>}): a column of one entry. */
  private static boolean isListOfOne(Element parent) {
    String tag = parent.normalName();
    Element only = parent.firstElementChild();
    return (tag.equals("ul") || tag.equals("ol")) && only != null && only.nextElementSibling() == null
        && only.normalName().equals("li");
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
          || isCousinGroup(p, best.parent());
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
