package io.github.govaudit.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Works out every page of a column list: TRS {@code createPageHTML(total, current, "index",
 * "html")} and {@code var countPage}, Hanweb {@code totalrecord} / {@code perpage}, a script's
 * {@code recordCount} / {@code prepage}, {@code ?page=N} links, {@code list_2.html} /
 * {@code index_2.shtml} links and "共N页" text.
 */
final class Paging {

  private static final Pattern CREATE_PAGE_HTML = Pattern.compile("createPageHTML\\s*\\(([^)]*)\\)");
  private static final Pattern COUNT_PAGE = Pattern.compile("countPage\\s*=\\s*(\\d+)");
  private static final Pattern SUFFIX = Pattern.compile("(?i)^s?html?$|^jsp$|^php$|^aspx?$");
  static final Pattern TOTAL_PAGES = Pattern.compile(
      "共\\s*(\\d+)\\s*页|页次\\s*[:：]?\\s*\\d+\\s*/\\s*(\\d+)|第\\s*\\d+\\s*/\\s*(\\d+)\\s*页|\\d+\\s*/\\s*(\\d+)\\s*页");
  private static final Pattern RECORDS_PER_PAGE =
      Pattern.compile("共\\s*(\\d+)\\s*条.{0,20}?每页\\s*(\\d+)\\s*条");
  private static final Pattern PAGE_PARAM = Pattern.compile(
      "(?i)([?&](?:page|pageNo|pageNum|pageIndex|p|pn|curPage|currentPage|cur_page|page_no|pagenow|pageCurrent|pageNumber|current)=)(\\d+)");
  private static final Pattern PATH_PAGE = Pattern.compile("^(.*/)([^/?#]*?)([_-])(\\d+)(\\.[a-zA-Z]+)([?#].*)?$");
  private static final Pattern PAGER_WORD = Pattern.compile(
      "^(?:\\d{1,4}|下一页|下页|尾页|末页|最后一页|最末页|上一页|上页|首页|第一页|>|>>|»|›|<|<<|«|‹|next|last|prev|first|\\[\\d{1,4}\\])$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBER = Pattern.compile("\\d+");
  /** A list script's record count and page size ({@code recordCount:'107'}, {@code prepage:15}). */
  private static final Pattern RECORD_COUNT = Pattern.compile("recordCount\\s*[:=]\\s*['\"]?(\\d{1,7})['\"]?");
  private static final Pattern PER_PAGE =
      Pattern.compile("(?:prepage|perpage|pageSize|pagesize)\\s*[:=]\\s*['\"]?(\\d{1,4})['\"]?");
  /** How far apart in one script a record count and its page size may stand. */
  private static final int SCRIPT_REACH = 300;
  private static final Pattern QUOTED = Pattern.compile("[\"'][^\"']*[\"']");
  private static final Pattern BRACKETS = Pattern.compile("[\\[\\]]");
  private static final Pattern FILE_SUFFIX = Pattern.compile("\\.([a-zA-Z]+)$");
  private static final Pattern FILE_STEM = Pattern.compile("^(.*?)(?:[_-]\\d+)?\\.[a-zA-Z]+$");
  /** The longest word {@link #PAGER_WORD} accepts ({@code [1234]}). */
  private static final int LONGEST_PAGER_WORD = 6;
  /** Lists longer than this many pages are cut: a broken counter, not a column. */
  static final int MAX_PAGES = 2000;

  /** The pagination of the list on the page, whose Hanweb datastore is {@code hanweb}. */
  Pagination read(PageContext page, Optional<HanwebDatastore.Data> hanweb) {
    String url = page.url();
    String scripts = page.scriptText();
    return trs(url, scripts)
        .or(() -> hanweb.flatMap(h -> hanweb(url, h)))
        .or(() -> scriptedRecords(url, scripts))
        .or(() -> links(page))
        .orElseGet(() -> textOnly(page));
  }

  /** True when the page shows a paging widget (script, pager links or "共N页"). */
  boolean hasPagingWidget(PageContext page) {
    String scripts = page.scriptText();
    if (CREATE_PAGE_HTML.matcher(scripts).find() || WordStarts.find(COUNT_PAGE, scripts) != null) {
      return true;
    }
    String text = page.compactBodyText();
    return totalPagesText(text) != null || text.contains("下一页") || text.contains("尾页");
  }

  private Optional<Pagination> trs(String url, String scripts) {
    Matcher m = CREATE_PAGE_HTML.matcher(scripts);
    while (m.find()) {
      List<Integer> numbers = new ArrayList<>();
      List<String> strings = new ArrayList<>();
      for (String arg : m.group(1).split(",")) {
        String a = arg.strip();
        if (NUMBER.matcher(a).matches()) {
          numbers.add(Integer.parseInt(a));
        } else if (QUOTED.matcher(a).matches()) {
          strings.add(a.substring(1, a.length() - 1));
        }
      }
      if (numbers.isEmpty()) {
        continue;
      }
      String prefix = "index";
      String suffix = defaultSuffix(url);
      for (int i = 0; i < strings.size(); i++) {
        if (SUFFIX.matcher(strings.get(i)).matches()) {
          suffix = strings.get(i);
          if (i > 0) {
            prefix = strings.get(i - 1);
          }
        }
      }
      return Optional.of(trsPages(url, numbers.get(0), prefix, suffix));
    }
    Matcher c = WordStarts.find(COUNT_PAGE, scripts);
    if (c != null) {
      return Optional.of(trsPages(url, Integer.parseInt(c.group(1)), "index", defaultSuffix(url)));
    }
    return Optional.empty();
  }

  private static Pagination trsPages(String url, int total, String prefix, String suffix) {
    int pages = Math.max(1, Math.min(total, MAX_PAGES));
    String folder = folder(url);
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < pages; i++) {
      urls.add(folder + prefix + (i == 0 ? "" : "_" + i) + "." + suffix);
    }
    return new Pagination(pages, urls);
  }

  private Optional<Pagination> hanweb(String url, HanwebDatastore.Data data) {
    int perPage = data.perPage() > 0 ? data.perPage()
        : data.records().size() < data.totalRecords() ? data.records().size() : 0;
    if (perPage <= 0 || data.totalRecords() <= perPage) {
      return Optional.of(Pagination.single(url));
    }
    int pages = Math.min(MAX_PAGES, (data.totalRecords() + perPage - 1) / perPage);
    String base = withoutQuery(url);
    List<String> urls = new ArrayList<>();
    urls.add(base);
    for (int k = 2; k <= pages; k++) {
      urls.add(base + (data.unitId() != null ? "?uid=" + data.unitId() + "&pageNum=" + k : "?pageNum=" + k));
    }
    return Optional.of(new Pagination(pages, urls));
  }

  /**
   * A list whose script pages it from a record count ({@code var pageChnlInfo = {recordCount:'107',
   * prepage:15, …}} of TRS's 集约化 templates): as many pages as the count fills. The first pages
   * sit in this page's markup and the rest come from an API, so no other page has an address.
   */
  private Optional<Pagination> scriptedRecords(String url, String scripts) {
    Matcher records = WordStarts.find(RECORD_COUNT, scripts);
    if (records == null) {
      return Optional.empty();
    }
    int from = Math.max(0, records.start() - SCRIPT_REACH);
    Matcher perPage = PER_PAGE.matcher(scripts).region(from, Math.min(scripts.length(), records.end() + SCRIPT_REACH));
    if (!perPage.find()) {
      return Optional.empty();
    }
    long total = Long.parseLong(records.group(1));
    int per = Integer.parseInt(perPage.group(1));
    if (per <= 0 || total <= per) {
      return Optional.empty(); // one page by the count: links or text may still say more
    }
    return Optional.of(new Pagination((int) Math.min(MAX_PAGES, (total + per - 1) / per), List.of(url)));
  }

  private Optional<Pagination> links(PageContext page) {
    String url = page.url();
    String host = host(url);
    List<Pager> pager = new ArrayList<>();
    for (Element a : page.links()) {
      if (hasMoreLettersThan(a, LONGEST_PAGER_WORD)) {
        continue; // a title, not a pager word: spares building its text
      }
      String text = Texts.compact(a.text());
      if (mayBePagerWord(text) && PAGER_WORD.matcher(text).matches()) {
        String href = page.hrefs().absolute(a);
        if (!href.isEmpty() && host != null && host.equalsIgnoreCase(host(href))) {
          pager.add(new Pager(href, text));
        }
      }
    }
    OptionalInt total = totalPages(page);
    return byParam(url, pager, total).or(() -> byPath(url, pager, total));
  }

  private Optional<Pagination> byParam(String url, List<Pager> pager, OptionalInt total) {
    TreeMap<Integer, String> byValue = new TreeMap<>();
    int offset = 0;
    String template = null;
    for (Pager a : pager) {
      String href = a.href();
      Matcher m = PAGE_PARAM.matcher(href);
      if (!m.find() || !withoutQuery(href).equals(withoutQuery(url))) {
        continue;
      }
      int value = Integer.parseInt(m.group(2));
      template = href.substring(0, m.start(2)) + "{N}" + href.substring(m.end(2));
      byValue.put(value, href);
      String text = BRACKETS.matcher(a.text()).replaceAll("");
      if (NUMBER.matcher(text).matches()) {
        offset = value - Integer.parseInt(text);
      } else if (text.equals("首页") || text.equals("第一页")) {
        offset = value - 1;
      }
    }
    if (template == null) {
      return Optional.empty();
    }
    int last = Math.max(byValue.lastKey() - offset, total.orElse(1));
    Matcher own = PAGE_PARAM.matcher(url);
    int current = own.find() ? Integer.parseInt(own.group(2)) - offset : 1;
    return Optional.of(enumerate(url, current, last, template, offset, null));
  }

  private Optional<Pagination> byPath(String url, List<Pager> pager, OptionalInt total) {
    String folder = folder(url);
    String stem = stem(url);
    TreeMap<Integer, String> byValue = new TreeMap<>();
    Integer offset = null;
    String template = null;
    String first = null;
    for (Pager a : pager) {
      String href = a.href();
      String text = BRACKETS.matcher(a.text()).replaceAll("");
      Matcher m = PATH_PAGE.matcher(href);
      if (!m.matches()) {
        if ((text.equals("1") || text.equals("首页")) && folder(href).equals(folder)) {
          first = href;
        }
        continue;
      }
      if (!m.group(1).equals(folder) || stem != null && !m.group(2).equals(stem)) {
        continue;
      }
      int value = Integer.parseInt(m.group(4));
      template = m.group(1) + m.group(2) + m.group(3) + "{N}" + m.group(5);
      byValue.put(value, href);
      if (NUMBER.matcher(text).matches()) {
        offset = value - Integer.parseInt(text);
      }
      first = first == null ? m.group(1) + m.group(2) + m.group(5) : first;
    }
    if (template == null) {
      return Optional.empty();
    }
    Matcher own = PATH_PAGE.matcher(url);
    boolean ownNumbered = own.matches() && own.group(1).equals(folder);
    if (offset == null) {
      offset = !ownNumbered && byValue.firstKey() == 1 ? -1 : 0;
    }
    int last = Math.max(byValue.lastKey() - offset, total.orElse(1));
    int current = ownNumbered ? Integer.parseInt(own.group(4)) - offset : 1;
    return Optional.of(enumerate(url, current, last, template, offset, ownNumbered ? first : url));
  }

  private static Pagination enumerate(
      String url, int current, int last, String template, int offset, String firstPage) {
    int pages = Math.max(1, Math.min(last, MAX_PAGES));
    List<String> urls = new ArrayList<>();
    for (int k = 1; k <= pages; k++) {
      if (k == current) {
        urls.add(url);
      } else if (k == 1 && firstPage != null) {
        urls.add(firstPage);
      } else {
        urls.add(template.replace("{N}", Integer.toString(k + offset)));
      }
    }
    return new Pagination(pages, urls);
  }

  private Pagination textOnly(PageContext page) {
    OptionalInt total = totalPages(page);
    return new Pagination(Math.max(1, Math.min(total.orElse(1), MAX_PAGES)), List.of(page.url()));
  }

  private static OptionalInt totalPages(PageContext page) {
    if (page.body() == null) {
      return OptionalInt.empty();
    }
    String text = page.compactBodyText();
    Matcher m = totalPagesText(text);
    if (m != null) {
      for (int g = 1; g <= m.groupCount(); g++) {
        if (m.group(g) != null) {
          return OptionalInt.of(Integer.parseInt(m.group(g)));
        }
      }
    }
    Matcher r = RECORDS_PER_PAGE.matcher(text);
    if (text.contains("每页") && r.find() && Integer.parseInt(r.group(2)) > 0) {
      int records = Integer.parseInt(r.group(1));
      int per = Integer.parseInt(r.group(2));
      return OptionalInt.of(Math.max(1, (records + per - 1) / per));
    }
    return OptionalInt.empty();
  }

  /**
   * The first match of {@link #TOTAL_PAGES} in {@code text}, or null: what {@code find()} gives,
   * without trying the pattern at every character of a long page. A match is made only of the
   * characters {@link #isPageCountChar} accepts and holds a 页, so it lies within one run of them
   * around a 页; the runs are tried in order.
   */
  static Matcher totalPagesText(String text) {
    int n = text.length();
    int from = 0;
    int page;
    while ((page = text.indexOf('页', from)) >= 0) {
      int start = page;
      while (start > 0 && isPageCountChar(text.charAt(start - 1))) {
        start--;
      }
      int end = page + 1;
      while (end < n && isPageCountChar(text.charAt(end))) {
        end++;
      }
      Matcher m = TOTAL_PAGES.matcher(text).region(start, end);
      if (m.find()) {
        return m;
      }
      from = end;
    }
    return null;
  }

  /** The characters a match of {@link #TOTAL_PAGES} can hold. */
  private static boolean isPageCountChar(char c) {
    return c >= '0' && c <= '9' || c == '共' || c == '页' || c == '次' || c == '第' || c == ':' || c == '：'
        || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static String defaultSuffix(String url) {
    Matcher m = FILE_SUFFIX.matcher(withoutQuery(url));
    return m.find() && SUFFIX.matcher(m.group(1)).matches() ? m.group(1) : "html";
  }

  private static String stem(String url) {
    String path = withoutQuery(url);
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (name.isEmpty()) {
      return null;
    }
    Matcher m = FILE_STEM.matcher(name);
    return m.matches() ? m.group(1) : null;
  }

  /**
   * True when the text under {@code e} holds more than {@code max} letters and digits; each stays in
   * {@code Texts.compact(e.text())}, which is then longer than {@code max}.
   */
  private static boolean hasMoreLettersThan(Element e, int max) {
    int letters = 0;
    for (Node n = e.firstChild(); n != null; n = next(n, e)) {
      if (n instanceof TextNode t) {
        String s = t.getWholeText();
        for (int i = 0; i < s.length(); i++) {
          if (Character.isLetterOrDigit(s.charAt(i)) && ++letters > max) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The node after {@code n} in document order within {@code root}, or null. */
  private static Node next(Node n, Element root) {
    if (n.childNodeSize() > 0) {
      return n.childNode(0);
    }
    for (Node p = n; p != null && p != root; p = p.parent()) {
      if (p.nextSibling() != null) {
        return p.nextSibling();
      }
    }
    return null;
  }

  /** Whether {@code text} has the length and first character of a {@link #PAGER_WORD}. */
  private static boolean mayBePagerWord(String text) {
    if (text.isEmpty() || text.length() > LONGEST_PAGER_WORD) {
      return false;
    }
    char c = text.charAt(0);
    return c >= '0' && c <= '9' || "下尾末最上首第>»›<«‹nNlLpPfF[".indexOf(c) >= 0;
  }

  /** A link of the pager: its absolute URL and its text without whitespace. */
  private record Pager(String href, String text) {}

  static String folder(String url) {
    String path = withoutQuery(url);
    return path.substring(0, path.lastIndexOf('/') + 1);
  }

  static String withoutQuery(String url) {
    int q = url.indexOf('?');
    int h = url.indexOf('#');
    int cut = q >= 0 ? q : h >= 0 ? h : url.length();
    return url.substring(0, cut);
  }

  /** The host of {@code url} as {@link java.net.URI} reads it, null when it has none or is not a URI. */
  private static String host(String url) {
    try {
      return java.net.URI.create(url).getHost();
    } catch (RuntimeException e) {
      return null; // not a URI: no page of this list
    }
  }
}
