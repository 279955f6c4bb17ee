package io.github.govaudit.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The path of a page's column from the top of the site: the breadcrumb without 首页 (and without
 * the article's own title on an item page), else the meta ColumnName.
 */
final class ColumnPath {

  private static final Pattern HOME = Pattern.compile("(?i)^(?:网站首页|首页|主页|本站首页|门户首页|返回首页|home|index)$");
  /** The ellipsis a CMS puts after a cut title. */
  private static final Pattern CUT_END = Pattern.compile("(?:…|\\.{2,})$");
  /** Column names are short; a longer last element is an article title. */
  private static final int MAX_COLUMN_NAME = 30;

  /** The columns above and including the page's column, from the top. */
  List<String> of(List<String> breadcrumb, String title, boolean item, String columnMeta,
      SiteNames sites) {
    List<String> path = new ArrayList<>(breadcrumb);
    while (!path.isEmpty() && (HOME.matcher(path.get(0)).matches() || path.size() > 1 && sites.isSiteName(path.get(0)))) {
      path.remove(0);
    }
    if (item && !path.isEmpty() && isTitle(path.get(path.size() - 1), title)) {
      path.remove(path.size() - 1);
    }
    // a ColumnName meta naming the home page (templates shared by every page) names no column
    if (path.isEmpty() && columnMeta != null && !columnMeta.isBlank()
        && !HOME.matcher(Texts.normalize(columnMeta)).matches()) {
      path.add(Texts.normalize(columnMeta));
    }
    return path;
  }

  private static boolean isTitle(String last, String title) {
    String l = CUT_END.matcher(Texts.compact(last)).replaceAll("");
    String t = Texts.compact(title);
    return l.length() > MAX_COLUMN_NAME || !t.isEmpty() && l.length() >= 6 && (t.startsWith(l) || l.equals(t));
  }
}
