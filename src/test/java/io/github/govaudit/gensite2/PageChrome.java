package io.github.govaudit.gensite2;

import java.util.List;
import java.util.Map;

/** The shared page chrome of the generated portal: head, header, navigation, breadcrumb, sidebar and footer. */
final class PageChrome {

  static final String SITE_NAME = "清源市人民政府门户网站";
  static final String SITE_CODE = "4513000012";
  private static final Map<String, String> SECTION_URLS = Map.of(
      "走进清源", "/zjqy/index.html",
      "政务动态", "/xwzx/index.html",
      "政府信息公开", "/zfxxgk/index.html",
      "法定主动公开内容", "/zfxxgk/fdzdgknr/index.html",
      "政策解读", "/zcjd/index.html",
      "互动交流", "/hdjl/index.html",
      "专题专栏", "/ztzl/index.html",
      "旧版网站", GeneratedMunicipalSite.ROBOTS_DISALLOWED + "index.html");

  private final GeneratedMunicipalSite site;
  private final List<Entry> hotList;

  PageChrome(GeneratedMunicipalSite site, List<Entry> hotList) {
    this.site = site;
    this.hotList = List.copyOf(hotList);
  }

  /** Breadcrumb separator styles seen on real sites. */
  enum Crumb {
    HANWEB("您所在的位置：", " » "),
    TRS("当前位置：", " &gt;&gt; "),
    PLAIN("当前位置：", " &gt; "),
    TOPIC("您现在的位置：", " → ");

    final String label;
    final String separator;

    Crumb(String label, String separator) {
      this.label = label;
      this.separator = separator;
    }
  }

  static Crumb crumbOf(Column c) {
    if (c.topic() != null) {
      return Crumb.TOPIC;
    }
    return switch (c.style()) {
      case HANWEB_PERPAGE_SCRIPT, HANWEB_NEXTGROUP -> Crumb.HANWEB;
      case TRS_CREATE_PAGE, GBK_LIST -> Crumb.TRS;
      default -> Crumb.PLAIN;
    };
  }

  String sectionUrl(String name) {
    String url = SECTION_URLS.get(name);
    if (url != null) {
      return url;
    }
    return site.topics().stream().filter(t -> t.name().equals(name)).findFirst()
        .map(GeneratedMunicipalSite.Topic::home).orElse("/index.html");
  }

  String breadcrumb(Column c, boolean onItem) {
    Crumb crumb = crumbOf(c);
    StringBuilder b = new StringBuilder("<div class=\"position\">").append(crumb.label)
        .append("<a href=\"/index.html\">首页</a>");
    for (String t : c.trail()) {
      b.append(crumb.separator).append("<a href=\"").append(sectionUrl(t)).append("\">").append(t).append("</a>");
    }
    b.append(crumb.separator).append("<a href=\"").append(Paging.url(c, 1)).append("\">").append(c.name())
        .append("</a>");
    if (onItem && crumb == Crumb.PLAIN) {
      b.append(crumb.separator).append("正文");
    }
    return b.append("</div>\n").toString();
  }

  String breadcrumb(String label, String separator, List<String[]> links) {
    StringBuilder b = new StringBuilder("<div class=\"position\">").append(label)
        .append("<a href=\"/index.html\">首页</a>");
    for (String[] l : links) {
      b.append(separator);
      b.append(l[1] == null ? l[0] : "<a href=\"" + l[1] + "\">" + l[0] + "</a>");
    }
    return b.append("</div>\n").toString();
  }

  /** A whole page; {@code declareCharset} false leaves out every charset declaration (old GBK pages). */
  String page(String title, String metas, String body, boolean declareCharset, boolean oldFooter) {
    return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n"
        + (declareCharset ? "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n" : "")
        + "<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\">\n"
        + "<meta name=\"SiteName\" content=\"" + SITE_NAME + "\">\n"
        + "<meta name=\"SiteDomain\" content=\"www.qingyuan.gov.cn\">\n"
        + "<meta name=\"SiteIDCode\" content=\"" + SITE_CODE + "\">\n"
        + metas
        + "<title>" + title + "</title>\n"
        + "<link rel=\"stylesheet\" href=\"/css/common.css\">\n"
        + "<script src=\"/js/jquery.min.js\"></script>\n"
        + "</head>\n<body>\n"
        + header()
        + body
        + (oldFooter ? oldFooter() : footer())
        + "</body>\n</html>\n";
  }

  private String header() {
    StringBuilder nav = new StringBuilder();
    nav.append("<li><a href=\"/index.html\">首页</a></li>\n");
    for (String section : List.of("走进清源", "政务动态", "政府信息公开", "政策解读", "互动交流", "专题专栏")) {
      nav.append("<li class=\"nav-item\"><a href=\"").append(sectionUrl(section)).append("\">").append(section)
          .append("</a>");
      List<Column> sub = site.section(section).stream().filter(c -> c.topic() == null).toList();
      if (!sub.isEmpty()) {
        nav.append("<div class=\"subnav\">");
        for (Column c : sub) {
          nav.append("<a href=\"").append(Paging.url(c, 1)).append("\">").append(c.name()).append("</a>");
        }
        nav.append("</div>");
      }
      nav.append("</li>\n");
    }
    nav.append("<li><a href=\"http://zwfw.gxzf.gov.cn/qingyuan/\" target=\"_blank\">办事服务</a></li>\n");
    return "<div class=\"top-bar\"><div class=\"w1200\"><span class=\"weather\">清源 多云 18~25℃</span>"
        + "<a href=\"javascript:void(0);\" id=\"wza\">无障碍</a> <a href=\"javascript:void(0);\">长者模式</a> "
        + "<a href=\"http://wap.qingyuan.gov.cn/\">手机版</a></div></div>\n"
        + "<div class=\"header\"><div class=\"w1200\"><a href=\"/index.html\" class=\"logo\">"
        + "<img src=\"/images/logo.png\" alt=\"" + SITE_NAME + "\"></a>\n"
        + "<form class=\"search\" action=\"/search/search.jsp\" method=\"get\"><input type=\"text\" name=\"q\" "
        + "placeholder=\"请输入关键词\"><button type=\"submit\">搜索</button></form></div></div>\n"
        + "<div class=\"nav\"><ul class=\"w1200\">\n" + nav + "</ul></div>\n";
  }

  /** The 热点关注 sidebar: a dated list that is not a column. */
  String sidebar() {
    StringBuilder b = new StringBuilder("<div class=\"sidebar\"><div class=\"side-box\"><h3>热点关注</h3><ul>\n");
    for (Entry e : hotList) {
      b.append("<li><a href=\"").append(e.item().url()).append("\" title=\"").append(e.item().title()).append("\">")
          .append(ListPages.shortTitle(e.item().title(), 16)).append("</a><span>").append(e.item().date())
          .append("</span></li>\n");
    }
    b.append("</ul></div>\n<div class=\"side-box\"><h3>便民服务</h3><ul><li><a href=\"http://zwfw.gxzf.gov.cn/\">"
        + "政务服务网</a></li><li><a href=\"/hdjl/index.html\">我要咨询</a></li></ul></div></div>\n");
    return b.toString();
  }

  private static String footer() {
    return "<div class=\"footer\"><div class=\"w1200\">\n"
        + "<p><a href=\"/wzdt.html\">网站地图</a> | <a href=\"/lxwm.html\">联系我们</a> | "
        + "<a href=\"" + GeneratedMunicipalSite.ROBOTS_DISALLOWED + "index.html\">访问旧版</a></p>\n"
        + "<p>主办单位：清源市人民政府办公室　承办单位：清源市大数据发展局</p>\n"
        + "<p>网站标识码：" + SITE_CODE + "　<a href=\"https://beian.miit.gov.cn/\" target=\"_blank\">桂ICP备12003456号-1</a>　"
        + "<a href=\"http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=45130202000123\" target=\"_blank\">"
        + "<img src=\"/images/ga.png\" alt=\"\">桂公网安备45130202000123号</a></p>\n"
        + "<p>地址：清源市人民路1号　联系电话：0771-3123456</p>\n"
        + "<script type=\"text/javascript\">document.write(unescape(\"%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript "
        + "src='https://dcs.conac.cn/js/20/000/0000/60412345/CA200000000604123450003.js' "
        + "type='text/javascript'%3E%3C/script%3E\"));</script>\n"
        + "<script id=\"_jiucuo_\" sitecode=\"" + SITE_CODE
        + "\" src=\"https://pucha.kaipuyun.cn/exposure/jiucuo.js\"></script>\n"
        + "</div></div>\n";
  }

  private static String oldFooter() {
    return "<table width=\"1000\" border=\"0\" align=\"center\" class=\"foot\"><tr><td align=\"center\">"
        + "主办：清源市人民政府办公室　网站标识码：" + SITE_CODE + "　桂ICP备05001234号<br>"
        + "建议使用1024×768分辨率浏览</td></tr></table>\n";
  }
}
