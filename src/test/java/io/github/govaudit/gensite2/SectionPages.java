package io.github.govaudit.gensite2;

import io.github.govaudit.gensite2.GeneratedMunicipalSite.Topic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders the home page, section homes, the 专题专栏 index and topic homes: navigation pages, not columns. */
final class SectionPages {

  private final GeneratedMunicipalSite site;
  private final PageChrome chrome;

  SectionPages(GeneratedMunicipalSite site, PageChrome chrome) {
    this.site = site;
    this.chrome = chrome;
  }

  Map<String, String> render() {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("/index.html", home());
    pages.put("/zjqy/index.html", menu("走进清源", site.section("走进清源")));
    pages.put("/xwzx/index.html", blocks("政务动态", site.section("政务动态"), 5));
    pages.put("/zfxxgk/index.html", disclosureHome());
    pages.put("/zfxxgk/fdzdgknr/index.html", menu("法定主动公开内容", site.columns().stream()
        .filter(c -> c.trail().contains("法定主动公开内容")).toList()));
    pages.put("/zfxxgk/xxgkzn.html", simple("政府信息公开指南",
        "<p>　　为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》，编制本指南。</p>"));
    pages.put("/zcjd/index.html", blocks("政策解读", site.section("政策解读"), 4));
    pages.put("/hdjl/index.html", blocks("互动交流", site.section("互动交流"), 4));
    pages.put("/ztzl/index.html", topicIndex());
    for (Topic t : site.topics()) {
      pages.put(t.home(), topicHome(t));
    }
    pages.put(GeneratedMunicipalSite.ROBOTS_DISALLOWED + "index.html", menu("旧版网站", site.section("旧版网站")));
    pages.put("/wzdt.html", simple("网站地图", "<p>本站栏目见导航。</p>"));
    pages.put("/lxwm.html", simple("联系我们", "<p>地址：清源市人民路1号　邮编：545000</p>"));
    return pages;
  }

  private String home() {
    StringBuilder b = new StringBuilder("<div class=\"w1200 index\">\n<div class=\"banner\"><img src=\"/images/banner.jpg\""
        + " alt=\"\"></div>\n<div class=\"index-left\">\n");
    for (String name : List.of("清源要闻", "通知公告", "部门动态", "政策文件")) {
      b.append(block(site.column(name), 6));
    }
    List<Entry> interpretations = new ArrayList<>();
    site.section("政策解读").forEach(c -> interpretations.addAll(c.entries().subList(0, 2)));
    b.append("<div class=\"index-box\"><div class=\"hd\"><h3>政策解读</h3><a href=\"/zcjd/index.html\">更多&gt;&gt;</a>"
        + "</div><ul>\n");
    for (Entry e : interpretations) {
      b.append("<li><a href=\"").append(e.item().url()).append("\">").append(e.item().title()).append("</a><span>")
          .append(e.item().date()).append("</span></li>\n");
    }
    b.append("</ul></div>\n").append(block(site.column("回应关切"), 4));
    b.append("<div class=\"index-zt\"><h3>专题专栏</h3>");
    for (Topic t : site.topics()) {
      b.append("<a href=\"").append(t.home()).append("\"><img src=\"/images/zt/").append(t.key())
          .append(".jpg\" alt=\"").append(t.name()).append("\"></a>");
    }
    b.append("</div>\n<div class=\"index-gk\"><a href=\"/zfxxgk/index.html\">政府信息公开</a>"
        + "<a href=\"/zfxxgk/xxgkzn.html\">信息公开指南</a><a href=\"http://zwfw.gxzf.gov.cn/qingyuan/\">办事服务</a></div>\n");
    b.append("</div>\n").append(chrome.sidebar()).append("</div>\n");
    return chrome.page(PageChrome.SITE_NAME, "", b.toString(), true, false);
  }

  private String block(Column c, int n) {
    StringBuilder b = new StringBuilder("<div class=\"index-box\"><div class=\"hd\"><h3>" + c.name() + "</h3><a href=\""
        + Paging.url(c, 1) + "\">更多&gt;&gt;</a></div><ul>\n");
    int shown = 0;
    for (Entry e : c.entries()) {
      if (shown == n) {
        break;
      }
      if (e.item().date() == null || !e.dateInList()) {
        continue;
      }
      b.append("<li><a href=\"").append(e.item().url()).append("\" title=\"").append(e.item().title()).append("\">")
          .append(ListPages.shortTitle(e.item().title(), 24)).append("</a><span>").append(e.item().date())
          .append("</span></li>\n");
      shown++;
    }
    return b.append("</ul></div>\n").toString();
  }

  private String blocks(String section, List<Column> columns, int n) {
    StringBuilder b = new StringBuilder("<div class=\"w1200 main\">\n")
        .append(chrome.breadcrumb("当前位置：", " &gt; ", List.<String[]>of(new String[] {section, null})));
    for (Column c : columns) {
      b.append(block(c, n));
    }
    b.append("</div>\n");
    return chrome.page(section + "_" + PageChrome.SITE_NAME, "", b.toString(), true, false);
  }

  private String menu(String section, List<Column> columns) {
    StringBuilder b = new StringBuilder("<div class=\"w1200 main\">\n")
        .append(chrome.breadcrumb("当前位置：", " &gt; ", List.<String[]>of(new String[] {section, null})))
        .append("<div class=\"menu\"><h2>").append(section).append("</h2><ul>\n");
    for (Column c : columns) {
      b.append("<li><a href=\"").append(Paging.url(c, 1)).append("\">").append(c.name()).append("</a></li>\n");
    }
    b.append("</ul></div></div>\n");
    return chrome.page(section + "_" + PageChrome.SITE_NAME, "", b.toString(), true, false);
  }

  private String disclosureHome() {
    StringBuilder b = new StringBuilder("<div class=\"w1200 main xxgk\">\n")
        .append(chrome.breadcrumb("当前位置：", " &gt;&gt; ", List.<String[]>of(new String[] {"政府信息公开", null})))
        .append("<div class=\"xxgk-left\"><h3>信息公开目录</h3><ul>\n")
        .append("<li><a href=\"/zfxxgk/xxgkzn.html\">政府信息公开指南</a></li>\n")
        .append("<li><a href=\"/zfxxgk/fdzdgknr/index.html\">法定主动公开内容</a><ul>\n");
    for (Column c : site.section("政府信息公开")) {
      if (c.trail().contains("法定主动公开内容")) {
        b.append("<li><a href=\"").append(Paging.url(c, 1)).append("\">").append(c.name()).append("</a></li>\n");
      }
    }
    b.append("</ul></li>\n");
    for (Column c : site.section("政府信息公开")) {
      if (!c.trail().contains("法定主动公开内容")) {
        b.append("<li><a href=\"").append(Paging.url(c, 1)).append("\">").append(c.name()).append("</a></li>\n");
      }
    }
    b.append("</ul></div>\n<div class=\"xxgk-right\">").append(block(site.column("政策文件"), 8)).append("</div></div>\n");
    return chrome.page("政府信息公开_" + PageChrome.SITE_NAME, "", b.toString(), true, false);
  }

  private String topicIndex() {
    StringBuilder b = new StringBuilder("<div class=\"w1200 main\">\n")
        .append(chrome.breadcrumb("您现在的位置：", " → ", List.<String[]>of(new String[] {"专题专栏", null})))
        .append("<div class=\"zt-list\">\n");
    for (Topic t : site.topics()) {
      b.append("<div class=\"zt-item\"><a href=\"").append(t.home()).append("\"><img src=\"/images/zt/")
          .append(t.key()).append(".jpg\" alt=\"\"><p>").append(t.name()).append("</p></a></div>\n");
    }
    for (String ext : site.externalTopics()) {
      b.append("<div class=\"zt-item\"><a href=\"").append(ext).append("\" target=\"_blank\">")
          .append("<img src=\"/images/zt/gxlh.jpg\" alt=\"\"><p>2026年广西两会</p></a></div>\n");
    }
    b.append("</div></div>\n");
    return chrome.page("专题专栏_" + PageChrome.SITE_NAME, "", b.toString(), true, false);
  }

  private String topicHome(Topic t) {
    StringBuilder b = new StringBuilder("<div class=\"zt-banner\"><img src=\"/images/zt/").append(t.key())
        .append("_banner.jpg\" alt=\"").append(t.name()).append("\"></div>\n<div class=\"w1200 main\">\n")
        .append(chrome.breadcrumb("您现在的位置：", " → ",
            List.<String[]>of(new String[] {"专题专栏", "/ztzl/index.html"}, new String[] {t.name(), null})));
    for (Column c : t.columns()) {
      b.append(block(c, 5));
    }
    b.append("</div>\n");
    return chrome.page(t.name() + "_" + PageChrome.SITE_NAME, "", b.toString(), true, false);
  }

  private String simple(String title, String text) {
    String body = "<div class=\"w1200 main\">\n"
        + chrome.breadcrumb("当前位置：", " &gt; ", List.<String[]>of(new String[] {title, null}))
        + "<div class=\"article\"><h1>" + title + "</h1>" + text + "</div></div>\n";
    return chrome.page(title + "_" + PageChrome.SITE_NAME, "", body, true, false);
  }
}
