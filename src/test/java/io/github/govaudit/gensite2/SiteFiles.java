package io.github.govaudit.gensite2;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every file the generated site serves, by normalised address (path and sorted query). */
final class SiteFiles {

  static final Charset GBK = Charset.forName("GBK");

  /** One served file: its bytes and Content-Type (never with a charset for HTML). */
  record ServedFile(byte[] body, String contentType) {}

  private final GeneratedMunicipalSite site;
  private final Map<String, ServedFile> files = new LinkedHashMap<>();

  private SiteFiles(GeneratedMunicipalSite site) {
    this.site = site;
  }

  static SiteFiles of(GeneratedMunicipalSite site) {
    SiteFiles f = new SiteFiles(site);
    f.build();
    return f;
  }

  Map<String, ServedFile> files() {
    return files;
  }

  ServedFile get(String pathAndQuery) {
    return files.get(normalise(pathAndQuery));
  }

  /** The column an item page names in its breadcrumb: the one owning its folder, else the first listing, else null. */
  Column home(Item item) {
    Column owner = null;
    Column first = null;
    for (Column c : site.columns()) {
      if (c.entries().stream().noneMatch(e -> e.item().url().equals(item.url()))) {
        continue;
      }
      if (first == null) {
        first = c;
      }
      boolean owns = item.url().startsWith(c.base()) || item.url().contains("/art_" + c.id() + "_");
      if (owns && (owner == null || c.base().length() > owner.base().length())) {
        owner = c;
      }
    }
    return owner != null ? owner : first;
  }

  private void build() {
    PageChrome chrome = new PageChrome(site, hotList());
    ListPages lists = new ListPages(chrome);
    ItemPages items = new ItemPages(chrome);
    new SectionPages(site, chrome).render().forEach(this::html);
    html("/", files.get("/index.html"));
    for (Column c : site.columns()) {
      Map<String, String> pages = lists.render(c);
      boolean gbk = c.style() == ListStyle.GBK_LIST;
      pages.forEach((url, page) -> put(url, gbk ? page.getBytes(GBK) : page.getBytes(StandardCharsets.UTF_8), "text/html"));
      if (c.style() == ListStyle.JSP_PAGE) {
        put(c.base() + "list.jsp?page=1", files.get(normalise(c.base() + "list.jsp")));
      }
    }
    for (Item item : site.itemsByUrl().values()) {
      if (item.external()) {
        continue;
      }
      if (item.template() == Item.Template.ATTACHMENT) {
        put(item.url(), ItemPages.pdf(item.title(), item.date()), "application/pdf");
      } else {
        String page = items.render(item, home(item));
        boolean gbk = item.template() == Item.Template.GBK;
        put(item.url(), gbk ? page.getBytes(GBK) : page.getBytes(StandardCharsets.UTF_8), "text/html");
      }
    }
    put("/robots.txt", ("User-agent: *\nDisallow: " + GeneratedMunicipalSite.ROBOTS_DISALLOWED
        + "\nDisallow: /search/\n").getBytes(StandardCharsets.US_ASCII), "text/plain");
    put("/css/common.css", "body{font-family:\"Microsoft YaHei\";}".getBytes(StandardCharsets.US_ASCII), "text/css");
    put("/js/jquery.min.js", "/*! jQuery v1.12.4 */".getBytes(StandardCharsets.US_ASCII), "application/javascript");
    put("/module/web/jpage/jpage.js", "/* jpage */".getBytes(StandardCharsets.US_ASCII), "application/javascript");
  }

  /** The 热点关注 sidebar: two items linked nowhere else, and four recent 清源要闻 items. */
  private List<Entry> hotList() {
    List<Entry> hot = new ArrayList<>();
    site.sidebarOnly().forEach(i -> hot.add(new Entry(i, true, false)));
    site.column("清源要闻").entries().stream()
        .filter(e -> e.item().date().getYear() == Paging.REPORT_YEAR)
        .limit(4).forEach(hot::add);
    hot.sort(Comparator.comparing((Entry e) -> e.item().date()).reversed());
    return hot;
  }

  private void html(String url, String page) {
    put(url, page.getBytes(StandardCharsets.UTF_8), "text/html");
  }

  private void html(String url, ServedFile file) {
    files.put(normalise(url), file);
  }

  private void put(String url, ServedFile file) {
    files.put(normalise(url), file);
  }

  private void put(String url, byte[] body, String type) {
    files.put(normalise(url), new ServedFile(body, type));
  }

  /** Path plus query with its parameters sorted, so that a crawler's reordering still finds the file. */
  static String normalise(String pathAndQuery) {
    String s = pathAndQuery.replace("&amp;", "&");
    int semi = s.indexOf(";jsessionid");
    if (semi >= 0) {
      s = s.substring(0, semi);
    }
    int q = s.indexOf('?');
    if (q < 0) {
      return s;
    }
    String query = s.substring(q + 1);
    if (query.isEmpty()) {
      return s.substring(0, q);
    }
    String[] params = query.split("&");
    Arrays.sort(params);
    return s.substring(0, q) + "?" + String.join("&", params);
  }
}
