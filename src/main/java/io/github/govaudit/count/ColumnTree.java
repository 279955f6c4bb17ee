package io.github.govaudit.count;

import io.github.govaudit.page.CategoryRules;
import io.github.govaudit.page.ListItem;
import io.github.govaudit.page.PageAnalysis;
import io.github.govaudit.page.PageType;
import io.github.govaudit.profile.CrawlProfile.ColumnOverride;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the site's columns: groups list pages with their pagination into one column each, names
 * them from the breadcrumb (else the link text that leads there), and reads each by {@link
 * CategoryRules} and the profile's overrides.
 */
public final class ColumnTree {

  /** Breadcrumb heads that stand for the home page, not a column. */
  private static final Set<String> HOME_NAMES = Set.of("首页", "网站首页", "主页", "首 页", "返回首页", "home", "Home");

  private static final java.util.regex.Pattern PAGE_SUFFIX =
      java.util.regex.Pattern.compile("[_-]\\d{1,4}(\\.[a-zA-Z]{2,5})(?=$|\\?)");
  private static final java.util.regex.Pattern PAGE_PARAM = java.util.regex.Pattern.compile(
      "(?i)(?<=[?&])(page|pagenum|pageno|pageindex|p|pn|curpage|currentpage|cpage)=\\d{1,5}&?");

  /** Link texts of paging widgets: never a column's name. */
  private static final java.util.regex.Pattern PAGING_ANCHOR = java.util.regex.Pattern.compile(
      "\\[?\\d{1,4}\\]?|下一页|上一页|下页|上页|尾页|末页|最后一页|首页|第一页|[<>«»‹›]+|next|prev(ious)?|last|first",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  private final ColumnReading reading;

  public ColumnTree(CategoryRules rules, List<ColumnOverride> overrides) {
    this.reading = new ColumnReading(rules, overrides);
  }

  /** The columns of {@code site}, parents before children. */
  public List<Column> columns(Site site) {
    Map<String, List<PageAnalysis>> groups = groups(site);
    Map<String, List<String>> paths = new HashMap<>();
    for (Map.Entry<String, List<PageAnalysis>> g : groups.entrySet()) {
      paths.put(g.getKey(), breadcrumbPath(g.getValue()));
    }
    List<Column> columns = new ArrayList<>();
    List<String> keys = new ArrayList<>(groups.keySet());
    keys.sort(Comparator.naturalOrder());
    for (String key : keys) {
      List<String> path = paths.get(key);
      boolean fromBreadcrumb = !path.isEmpty();
      if (!fromBreadcrumb) {
        path = fallbackPath(key, site, groups.get(key), paths);
      }
      columns.add(reading.read(key, path, fromBreadcrumb, pageUrls(groups.get(key)), entries(groups.get(key))));
    }
    columns.sort(Comparator.comparing((Column c) -> c.path().size()).thenComparing(Column::url));
    return columns;
  }

  /** List pages joined with every page their pagination names: one group per column. */
  private static Map<String, List<PageAnalysis>> groups(Site site) {
    UnionFind uf = new UnionFind();
    List<PageAnalysis> lists = site.pageList().stream().filter(p -> p.pageType() == PageType.LIST).toList();
    Map<String, PageAnalysis> bySeries = new HashMap<>();
    for (PageAnalysis p : lists) {
      uf.add(p.url());
      for (String u : p.pagination().urls()) {
        uf.union(p.url(), u);
      }
      PageAnalysis sibling = bySeries.putIfAbsent(seriesKey(p.url()), p);
      if (sibling != null && samePlace(sibling, p, site.anchors())) {
        uf.union(sibling.url(), p.url());
      }
    }
    Map<String, List<PageAnalysis>> byRoot = new LinkedHashMap<>();
    for (PageAnalysis p : lists) {
      byRoot.computeIfAbsent(uf.find(p.url()), k -> new ArrayList<>()).add(p);
    }
    Map<String, List<PageAnalysis>> byKey = new LinkedHashMap<>();
    for (List<PageAnalysis> members : byRoot.values()) {
      byKey.put(firstPage(members), members);
    }
    return byKey;
  }

  /**
   * A list page's URL without its page number ({@code index_2.html}, {@code list-12-3.html},
   * {@code ?page=4}): pages of one column share it even when no page names the others.
   */
  static String seriesKey(String url) {
    return PAGE_PARAM.matcher(PAGE_SUFFIX.matcher(url).replaceFirst("$1")).replaceAll("").replaceFirst("[?&]$", "");
  }

  /**
   * Two list pages of one series are pages of one column when their breadcrumbs agree, or, with no
   * breadcrumb to tell, when one of them is reached only by paging links (下一页, 2, 尾页 …).
   */
  private static boolean samePlace(PageAnalysis a, PageAnalysis b, Map<String, String> anchors) {
    List<String> pa = withoutHome(a.breadcrumb());
    List<String> pb = withoutHome(b.breadcrumb());
    if (!pa.isEmpty() && !pb.isEmpty()) {
      return pa.equals(pb);
    }
    return isPagingAnchor(anchors.get(a.url())) || isPagingAnchor(anchors.get(b.url()));
  }

  private static boolean isPagingAnchor(String anchor) {
    return anchor != null && PAGING_ANCHOR.matcher(anchor.strip()).matches();
  }

  /** The column's first page: the first paging URL its pages agree on, else the shortest URL. */
  private static String firstPage(List<PageAnalysis> members) {
    for (PageAnalysis p : members) {
      List<String> urls = p.pagination().urls();
      if (urls.size() > 1) {
        return urls.get(0);
      }
    }
    return members.stream().map(PageAnalysis::url)
        .min(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder())).orElseThrow();
  }

  private static List<String> breadcrumbPath(List<PageAnalysis> members) {
    for (PageAnalysis p : members) {
      List<String> path = withoutHome(p.breadcrumb());
      if (!path.isEmpty()) {
        return path;
      }
    }
    return List.of();
  }

  static List<String> withoutHome(List<String> breadcrumb) {
    List<String> path = new ArrayList<>();
    for (String s : breadcrumb) {
      String t = s.strip();
      if (!t.isEmpty() && !HOME_NAMES.contains(t) && !(path.isEmpty() && t.endsWith("首页"))) {
        path.add(t);
      }
    }
    return path;
  }

  /** No breadcrumb: the link text that leads here, under the column whose folder holds this one. */
  private static List<String> fallbackPath(String key, Site site, List<PageAnalysis> members,
      Map<String, List<String>> paths) {
    String name = site.anchors().getOrDefault(key, "");
    if (name.isBlank() || isPagingAnchor(name)) {
      PageAnalysis first = members.get(0);
      name = first.column() != null ? first.column() : first.title() == null ? "" : first.title();
    }
    List<String> path = new ArrayList<>(parentPath(key, paths));
    path.add(name.strip());
    return path;
  }

  private static List<String> parentPath(String key, Map<String, List<String>> paths) {
    String folder = folder(key);
    String best = null;
    for (String other : paths.keySet()) {
      String f = folder(other);
      if (!other.equals(key) && !paths.get(other).isEmpty() && folder.startsWith(f) && folder.length() > f.length()
          && (best == null || f.length() > folder(best).length())) {
        best = other;
      }
    }
    return best == null ? List.of() : paths.get(best);
  }

  private static String folder(String url) {
    String u = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    return u.substring(0, u.lastIndexOf('/') + 1);
  }

  private static List<String> pageUrls(List<PageAnalysis> members) {
    return members.stream().map(PageAnalysis::url).sorted().toList();
  }

  private static List<ListItem> entries(List<PageAnalysis> members) {
    Map<String, ListItem> byUrl = new LinkedHashMap<>();
    for (PageAnalysis p : members) {
      for (ListItem i : p.listItems()) {
        byUrl.merge(i.url(), i, (old, added) -> old.date() == null && added.date() != null ? added : old);
      }
    }
    return new ArrayList<>(byUrl.values());
  }

  /** Minimal union-find over URLs. */
  private static final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();

    void add(String a) {
      parent.putIfAbsent(a, a);
    }

    String find(String a) {
      add(a);
      String root = a;
      while (!parent.get(root).equals(root)) {
        root = parent.get(root);
      }
      parent.put(a, root);
      return root;
    }

    void union(String a, String b) {
      String ra = find(a);
      String rb = find(b);
      if (!ra.equals(rb)) {
        parent.put(rb, ra);
      }
    }
  }
}
