package io.github.govaudit.page;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds a page's own title: for articles the meta ArticleTitle, else the article heading, else the
 * {@code <title>} without the site's name; for columns the column name.
 */
final class TitleFinder {

  private static final Pattern TITLE_SEPARATORS =
      Pattern.compile("\\s*(?:(?<!\\d)-|-(?!\\d)|_|\\||｜|—+|–|－|::)\\s*");
  private static final Pattern TITLE_CLASS = Pattern.compile("(?i)title|tit\\b|biaoti|\\bbt\\b|headline");
  private static final Pattern SEARCH_WORDS = Pattern.compile("搜索|检索|查询");
  /** The ellipsis a CMS puts after a cut {@code <title>}. */
  private static final Pattern CUT_END = Pattern.compile("(\\.\\.\\.|…)+$");
  private static final Pattern HEADING_TAG = Pattern.compile("h[1-4]");
  private static final Evaluator HEADING_CANDIDATES = QueryParser.parse("h1, h2, h3, h4, [class], [id]");
  private static final Evaluator LINKS = QueryParser.parse("a[href]");
  private static final Evaluator BLOCKS = QueryParser.parse("h1, h2, h3, h4, p, table, ul");
  /** A heading is a sentence, not a word and not a paragraph. */
  private static final int MIN_HEADING = 4;
  private static final int MAX_HEADING = 200;

  /** The title of an article page. */
  String itemTitle(PageContext page, MetaTags meta, Element content) {
    SiteNames sites = new SiteNames(meta.get("SiteName"));
    String declared = meta.get("ArticleTitle", "title", "og:title");
    if (declared != null && !sites.isSiteName(declared)) {
      return declared;
    }
    String fromTag = titleTag(page.doc(), sites, true);
    List<Element> headings = headings(page, sites);
    String tag = Texts.compact(fromTag);
    for (Element h : headings) {
      String text = Texts.compact(h.text());
      if (!tag.isEmpty() && (text.equals(tag) || tag.startsWith(text) && text.length() >= 6
          || text.startsWith(CUT_END.matcher(tag).replaceAll("")) && tag.length() >= 6)) {
        return Texts.normalize(h.text());
      }
    }
    if (content != null) {
      Element before = null;
      for (Element h : headings) {
        boolean ahead = precedes(h, content) || content.equals(h) || h.parents().contains(content);
        // the highest heading level ahead of the text wins (h1 over a section's h3), the last of a level
        if (ahead && (before == null || level(h) <= level(before))) {
          before = h;
        }
      }
      if (before != null) {
        return Texts.normalize(before.text());
      }
    }
    if (!fromTag.isEmpty()) {
      return fromTag;
    }
    return headings.isEmpty() ? "" : Texts.normalize(headings.get(0).text());
  }

  private static int level(Element h) {
    String tag = h.normalName();
    return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1)) ? tag.charAt(1) - '0' : 7;
  }

  /** The title of a home page: the declared site name, else the first part of {@code <title>}. */
  String siteTitle(Document doc, MetaTags meta) {
    String declared = meta.get("SiteName");
    if (declared != null) {
      return declared;
    }
    String raw = Texts.normalize(doc.title());
    String[] parts = TITLE_SEPARATORS.split(raw);
    return parts.length == 0 ? raw : parts[0].strip();
  }

  /** The title of a search page: its result heading, else the {@code <title>} without the site. */
  String searchTitle(PageContext page, MetaTags meta) {
    SiteNames sites = new SiteNames(meta.get("SiteName"));
    for (Element h : headings(page, sites)) {
      if (SEARCH_WORDS.matcher(h.text()).find()) {
        return Texts.normalize(h.text());
      }
    }
    return titleTag(page.doc(), sites, false);
  }

  /** The title of a column page, when it has no breadcrumb or ColumnName. */
  String columnTitle(Document doc, MetaTags meta) {
    SiteNames sites = new SiteNames(meta.get("SiteName"));
    return titleTag(doc, sites, false);
  }

  /**
   * The {@code <title>} without the parts that name the site. With several parts left, an article
   * takes the longest; a column takes the one next to where the site name stood.
   */
  String titleTag(Document doc, SiteNames sites, boolean article) {
    String raw = Texts.normalize(doc.title());
    if (raw.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>(Arrays.stream(TITLE_SEPARATORS.split(raw))
        .map(String::strip).filter(s -> !s.isEmpty()).toList());
    if (parts.size() <= 1) {
      return raw;
    }
    boolean siteFirst = sites.isSiteName(parts.get(0));
    List<String> kept = parts.stream().filter(p -> !sites.isSiteName(p)).toList();
    if (kept.isEmpty()) {
      return parts.get(0);
    }
    if (article) {
      return kept.stream().reduce((a, b) -> b.length() > a.length() ? b : a).orElse(raw);
    }
    return siteFirst ? kept.get(kept.size() - 1) : kept.get(0);
  }

  private List<Element> headings(PageContext page, SiteNames sites) {
    List<Element> out = new ArrayList<>();
    if (page.body() == null) {
      return out;
    }
    for (Element e : page.body().select(HEADING_CANDIDATES)) {
      boolean heading = HEADING_TAG.matcher(e.normalName()).matches();
      if (!heading && !TITLE_CLASS.matcher(e.className() + " " + e.id()).find()) {
        continue;
      }
      String text = Texts.normalize(e.text());
      if (text.length() < MIN_HEADING || text.length() > MAX_HEADING || sites.isSiteName(text)
          || page.regions().isChrome(e) || e.select(LINKS).size() > 1 || isInListItem(e)
          || !heading && e.selectFirst(BLOCKS) != null) {
        continue;
      }
      out.add(e);
    }
    return out;
  }

  private static boolean isInListItem(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p.nameIs("li")) {
        return true;
      }
    }
    return false;
  }

  private static boolean precedes(Element a, Element b) {
    return a.siblingIndex() >= 0 && compareOrder(a, b) < 0;
  }

  private static int compareOrder(Element a, Element b) {
    List<Element> pa = path(a);
    List<Element> pb = path(b);
    int i = 0;
    while (i < pa.size() && i < pb.size() && pa.get(i) == pb.get(i)) {
      i++;
    }
    if (i == pa.size() || i == pb.size()) {
      return pa.size() - pb.size();
    }
    return Integer.compare(pa.get(i).siblingIndex(), pb.get(i).siblingIndex());
  }

  private static List<Element> path(Element e) {
    List<Element> p = new ArrayList<>();
    for (Element x = e; x != null; x = x.parent()) {
      p.add(0, x);
    }
    return p;
  }
}
