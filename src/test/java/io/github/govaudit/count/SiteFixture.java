package io.github.govaudit.count;

import io.github.govaudit.features.SiteFeatures;
import io.github.govaudit.page.PageAnalysis;
import io.github.govaudit.page.PageAnalyzer;
import io.github.govaudit.store.CrawlRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;

/** A small understood site for counting tests: list pages written as a real CMS would print them. */
final class SiteFixture {

  static final String HOST = "http://sthjt.example.gov.cn";

  private final PageAnalyzer analyzer = new PageAnalyzer();
  private final Map<String, PageAnalysis> pages = new HashMap<>();
  private final Map<String, String> anchors = new HashMap<>();
  private final Map<String, String> redirects = new HashMap<>();

  /** A list page: breadcrumb (may be empty), heading, entries "href|title|date". */
  static String list(String crumbs, String heading, String... entries) {
    StringBuilder items = new StringBuilder();
    for (String e : entries) {
      String[] parts = e.split("\\|");
      items.append("<li><a href=\"").append(parts[0]).append("\" target=\"_blank\">").append(parts[1])
          .append("</a><span class=\"date\">").append(parts[2]).append("</span></li>\n");
    }
    return "<html><head><title>" + heading + "_示范省生态环境厅</title></head><body>"
        + "<div class=\"nav\"><a href=\"/\">首页</a><a href=\"/zwdt/\">政务动态</a><a href=\"/xxgk/\">信息公开</a></div>"
        + (crumbs.isEmpty() ? "" : "<div class=\"location\">当前位置：" + crumbs + "</div>")
        + "<div class=\"main\"><h2 class=\"lm-title\">" + heading + "</h2><ul class=\"news-list\">" + items
        + "</ul></div><div class=\"footer\">主办单位：示范省生态环境厅 网站标识码：4300000021</div></body></html>";
  }

  SiteFixture add(String path, String html) {
    String url = HOST + path;
    pages.put(url, analyzer.analyze(url, Jsoup.parse(html, url)));
    return this;
  }

  SiteFixture anchor(String path, String text) {
    anchors.put(HOST + path, text);
    return this;
  }

  SiteFixture redirect(String from, String to) {
    redirects.put(HOST + from, HOST + to);
    return this;
  }

  Site site() {
    CrawlRecord record = new CrawlRecord("", HOST + "/", List.of("sthjt.example.gov.cn"), 2026, "", "", "", "");
    return new Site(record, HOST + "/", pages, anchors, Optional.empty(), new MarkTally(), SiteFeatures.NONE,
        Set.of("sthjt.example.gov.cn"), pages.size(), 0, redirects, List.of());
  }
}
