package io.github.govaudit.page;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Decides the page type from weighed evidence: the URL (site root, search, TRS / Hanweb item and
 * column forms), the main list (size, dates), paging, the article body, ArticleTitle meta and the
 * disclosure table.
 */
final class PageClassifier {

  private static final Pattern HOME_PATH =
      Pattern.compile("(?i)^/?(?:(?:index|default|main|home|portal)(?:\\.(?:s?html?|jsp|php|aspx?|do))?)?$");
  private static final Pattern SEARCH_URL =
      Pattern.compile("(?i)(?<![a-z])(?:search|sousuo|jsearch)|fulltextsearch|/so/|fulltext|queryresult|/jrobot/|searchword=|keyword=|searchkey=");
  private static final Pattern SEARCH_TITLE = Pattern.compile("搜索结果|检索结果|站内搜索|全文检索|搜索页|高级搜索|站内检索");
  private static final Pattern OTHER_TITLE = Pattern.compile("网站地图|站点地图|无障碍|访问出错|页面不存在|404");
  private static final Pattern ITEM_URL = Pattern.compile(
      "(?i)/t\\d{8}_\\d+|/art/\\d{4}/\\d{1,2}/\\d{1,2}/|art_\\d+_\\d+|/content/(?:post_)?\\d+|content_\\d+|/show[-_/]?\\d*|detail|/article|[?&](?:id|articleid|newsid|infoid|contentid|aid|artid)=|/\\d{5,}\\.s?html?$|/[a-z]?\\d{8,}[a-z_\\d]*\\.s?html?$");
  private static final Pattern COLUMN_URL = Pattern.compile(
      "(?i)/col/col\\d+|/$|/index(?:_\\d+)?\\.s?html?$|/list[\\w-]*\\.s?html?|[?&](?:page|pageNum|pageNo|pageIndex)=|/node_\\d+|/column|/lm\\w*\\.s?html?");
  /** The tools around an article (上一篇, 打印本页, 字号 …): any one of them on the page. */
  private static final Words ARTICLE_TOOLS =
      Words.of("上一篇", "下一篇", "打印本页", "打印此页", "关闭窗口", "【打印】", "【关闭】", "字号", "分享到", "【大】", "大 中 小");
  private static final Pattern EMPTY_LIST = Pattern.compile("共\\s*0\\s*条|暂无(?:相关)?(?:数据|信息|内容|记录|文章)|没有(?:找到)?(?:相关)?(?:数据|信息|记录|内容)");
  private static final Pattern SCHEME_AND_HOST = Pattern.compile("^[a-z]+://[^/]+");
  private static final Pattern QUERY_OR_FRAGMENT = Pattern.compile("[?#].*$");
  /** A main list with this many dated entries is a column list. */
  static final int DATED_LIST = 5;
  /** Body text of an article page. */
  static final int ARTICLE_TEXT = 300;

  /** The evidence one page offers. */
  record Evidence(String url, String titleTag, boolean articleTitleMeta, int listEntries,
      long listDated, boolean listHeaded, boolean paging, boolean hanwebList, int bodyChars, boolean bodyDateLabel,
      boolean disclosure, boolean breadcrumb, String text) {}

  /** The type of the page the evidence describes. */
  PageType classify(Evidence e) {
    String path = path(e.url());
    if (HOME_PATH.matcher(path).matches()) {
      return PageType.HOME;
    }
    if (SEARCH_URL.matcher(e.url()).find() || SEARCH_TITLE.matcher(e.titleTag()).find()) {
      return PageType.SEARCH;
    }
    int list = listScore(e, path);
    int item = itemScore(e, path);
    if (e.disclosure() && item >= list) {
      return PageType.DISCLOSURE_ITEM;
    }
    if (OTHER_TITLE.matcher(e.titleTag()).find() && item < 3) {
      return PageType.OTHER;
    }
    if (list >= 3 && list > item) {
      return PageType.LIST;
    }
    if (item >= 3 && item >= list) {
      return PageType.ITEM;
    }
    if (e.disclosure()) {
      return PageType.DISCLOSURE_ITEM;
    }
    return list >= 2 && list > item ? PageType.LIST : item >= 2 ? PageType.ITEM : PageType.OTHER;
  }

  private static int listScore(Evidence e, String path) {
    int score = 0;
    if (e.listDated() >= DATED_LIST) {
      score += 3;
    } else if (e.listDated() >= 2) {
      score += 2;
    } else if (e.listDated() == 1 && e.bodyChars() < ARTICLE_TEXT) {
      // a column of one dated entry and no article text
      score += 1;
    }
    if (e.listEntries() >= 3 && e.bodyChars() < ARTICLE_TEXT) {
      score += 1;
    }
    if (e.listEntries() >= 8) {
      score += 1;
    }
    if (e.listHeaded() && e.listDated() >= 1) {
      // dated rows under a 名称 | 日期 header row are a document list, however few
      score += 3;
    }
    if (e.paging()) {
      score += 2;
    }
    if (e.hanwebList()) {
      score += 3;
    }
    if (COLUMN_URL.matcher(e.url()).find() && !ITEM_URL.matcher(path).find()) {
      score += 1;
    }
    if (e.bodyChars() < ARTICLE_TEXT && EMPTY_LIST.matcher(e.text()).find()) {
      score += 2;
    }
    return score;
  }

  private static int itemScore(Evidence e, String path) {
    int score = 0;
    if (e.articleTitleMeta()) {
      score += 3;
    }
    if (ITEM_URL.matcher(e.url()).find()) {
      score += 2;
    }
    if (e.bodyChars() >= ARTICLE_TEXT) {
      score += 3;
    } else if (e.bodyChars() >= 100) {
      score += 1;
    }
    if (e.bodyDateLabel()) {
      score += 1;
    }
    if (ARTICLE_TOOLS.foundIn(e.text())) {
      score += 1;
    }
    return score;
  }

  private static String path(String url) {
    try {
      String p = URI.create(url.replace(" ", "%20")).getRawPath();
      return p == null ? "" : p;
    } catch (IllegalArgumentException ex) {
      return QUERY_OR_FRAGMENT.matcher(SCHEME_AND_HOST.matcher(url).replaceFirst("")).replaceFirst("");
    }
  }
}
