package io.github.govaudit.gensite2;

import io.github.govaudit.gensite2.Paging.ListPage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders every list page of a column in the style of its CMS. */
final class ListPages {

  private final PageChrome chrome;

  ListPages(PageChrome chrome) {
    this.chrome = chrome;
  }

  /** URL (path and query, as linked) → HTML of each list page of the column. */
  Map<String, String> render(Column column) {
    Map<String, String> pages = new LinkedHashMap<>();
    List<ListPage> all = Paging.pages(column);
    for (ListPage p : all) {
      pages.put(p.url(), page(column, p, all));
    }
    return pages;
  }

  /** The date as this column prints it in its list. */
  static String listDate(Column c, LocalDate d) {
    String pattern = switch (c.style()) {
      case HANWEB_PERPAGE_SCRIPT -> "yyyy-MM-dd";
      case HANWEB_NEXTGROUP -> "'['yyyy-MM-dd']'";
      case DASH_LIST -> c.name().equals("通知公告") ? "yyyy年MM月dd日" : "yyyy-MM-dd";
      case SHTML_INDEX -> "yyyy.MM.dd";
      case YEAR_TABS -> "'['MM-dd']'";
      case JSP_PAGE -> "yyyy/MM/dd";
      case GBK_LIST -> "(yyyy-MM-dd)";
      case TRS_CREATE_PAGE -> "yyyy-MM-dd";
      case SINGLE -> c.topic() != null ? "'['yyyy-MM-dd']'" : "yyyy-MM-dd";
    };
    return DateTimeFormatter.ofPattern(pattern).format(d);
  }

  static String shortTitle(String title, int max) {
    return title.length() <= max ? title : title.substring(0, max) + "…";
  }

  /** The {@code href} a list uses for an item: TRS lists link their own folder's items relatively. */
  static String href(Column c, Item item) {
    if (c.style() == ListStyle.TRS_CREATE_PAGE && item.url().startsWith(c.base())) {
      return "./" + item.url().substring(c.base().length());
    }
    if (c.style() == ListStyle.GBK_LIST && item.url().startsWith(c.base())) {
      return item.url().substring(c.base().length());
    }
    return item.url();
  }

  /** One list line, as the column prints it. */
  static String line(Column c, Entry e) {
    Item item = e.item();
    String shown = e.cutTitle() ? shortTitle(item.title(), 20) : item.title();
    String date = e.dateInList() ? listDate(c, item.date()) : "";
    String target = item.external() ? " target=\"_blank\"" : "";
    String pdf = item.template() == Item.Template.ATTACHMENT ? "<em class=\"fj\">[PDF]</em>" : "";
    return switch (c.style()) {
      case TRS_CREATE_PAGE -> "<tr><td class=\"bt\"><a href=\"" + href(c, item) + "\" title=\"" + item.title() + "\""
          + target + ">" + shown + "</a></td><td class=\"wh\">" + item.docNo() + "</td><td class=\"rq\">" + date
          + "</td></tr>";
      case GBK_LIST -> "<tr><td width=\"15\"><img src=\"/images/dot.gif\"></td><td><a href=\"" + href(c, item)
          + "\">" + shown + "</a></td><td width=\"100\" class=\"date\">" + date + "</td></tr>";
      default -> "<li><a href=\"" + href(c, item) + "\" title=\"" + item.title() + "\"" + target + ">" + pdf + shown
          + "</a>" + (date.isEmpty() ? "" : "<span class=\"date\">" + date + "</span>") + "</li>";
    };
  }

  private String page(Column c, ListPage p, List<ListPage> all) {
    String list = switch (c.style()) {
      case HANWEB_PERPAGE_SCRIPT, HANWEB_NEXTGROUP -> hanweb(c, p);
      case TRS_CREATE_PAGE -> trs(c, p);
      case GBK_LIST -> gbk(c, p);
      case YEAR_TABS -> yearTabs(c, p, all);
      default -> "<ul class=\"list-ul\">\n" + lines(c, p) + "</ul>\n" + links(c, p);
    };
    String body = "<div class=\"w1200 main\">\n" + chrome.breadcrumb(c, false)
        + "<div class=\"list-left\"><div class=\"lm-name\"><h2>" + c.name() + "</h2></div>\n" + list + "</div>\n"
        + chrome.sidebar() + "</div>\n";
    String metas = "<meta name=\"ColumnName\" content=\"" + c.name() + "\">\n<meta name=\"ColumnType\" content=\""
        + c.name() + "\">\n";
    return chrome.page(c.name() + "_" + PageChrome.SITE_NAME, metas, body, c.style() != ListStyle.GBK_LIST,
        c.style() == ListStyle.GBK_LIST);
  }

  private static String lines(Column c, ListPage p) {
    StringBuilder b = new StringBuilder();
    for (Entry e : p.entries()) {
      b.append(line(c, e)).append('\n');
    }
    return b.toString();
  }

  private static String hanweb(Column c, ListPage p) {
    int unit = Paging.unitId(c);
    StringBuilder b = new StringBuilder("<div class=\"default_pgContainer\" id=\"" + unit + "\">\n"
        + "<script type=\"text/xml\"><datastore>");
    if (c.style() == ListStyle.HANWEB_NEXTGROUP) {
      b.append("<nextgroup><![CDATA[<a href=\"/module/web/jpage/dataproxy.jsp?page=1&webid=1&path=/&columnid=")
          .append(c.id()).append("&unitid=").append(unit)
          .append("&webname=%E6%B8%85%E6%BA%90%E5%B8%82&permissiontype=0\"></a>]]></nextgroup>");
    }
    b.append("<totalrecord>").append(c.entries().size()).append("</totalrecord><recordset>\n");
    for (Entry e : p.entries()) {
      b.append("<record><![CDATA[\n").append(line(c, e)).append("\n]]></record>\n");
    }
    b.append("</recordset></datastore></script></div>\n");
    b.append("<script language=\"javascript\" src=\"/module/web/jpage/jpage.js\" charset=\"utf-8\"></script>\n");
    if (c.style() == ListStyle.HANWEB_PERPAGE_SCRIPT) {
      b.append("<script>$(document).ready(function(){ $('#").append(unit).append("').jpage({ dataStore: '', ")
          .append("totalrecord:").append(c.entries().size()).append(", perpage:15, groupSize:3, ")
          .append("barPosition:'bottom', proxyUrl:'/module/web/jpage/dataproxy.jsp', ")
          .append("ajaxParam:{ col:1, appid:1, webid:1, path:'/', columnid:").append(c.id())
          .append(", sourceContentType:1, unitid:").append(unit).append(", webname:'清源市人民政府', permissiontype:0 } ")
          .append("}); });</script>\n");
    } else {
      b.append("<script>$(function(){ $('#").append(unit).append("').jpage({ groupSize:'3', barPosition:'bottom', ")
          .append("showMode:'full', proxyUrl:'/module/web/jpage/dataproxy.jsp' }); });</script>\n");
    }
    return b.toString();
  }

  private static String trs(Column c, ListPage p) {
    return "<table class=\"xxgk-list\" width=\"100%\"><thead><tr><th>标题</th><th>文号</th><th>发布日期</th></tr>"
        + "</thead><tbody>\n" + lines(c, p) + "</tbody></table>\n"
        + "<div class=\"page\"><script type=\"text/javascript\">\nvar countPage = " + p.count()
        + ";//共多少页\nvar currentPage = " + (p.number() - 1) + ";//当前页\nvar prevPage = \"index\";\n"
        + "createPageHTML(" + p.count() + ", " + (p.number() - 1) + ", \"index\", \"html\");\n</script></div>\n";
  }

  private static String gbk(Column c, ListPage p) {
    StringBuilder nav = new StringBuilder("<tr><td colspan=\"3\" align=\"center\">共" + c.entries().size() + "条 第"
        + p.number() + "/" + p.count() + "页 ");
    if (p.number() > 1) {
      nav.append("<a href=\"").append(local(c, p.number() - 1)).append("\">上一页</a> ");
    }
    if (p.number() < p.count()) {
      nav.append("<a href=\"").append(local(c, p.number() + 1)).append("\">下一页</a>");
    }
    return "<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\">\n" + lines(c, p) + nav
        + "</td></tr></table>\n";
  }

  private static String local(Column c, int n) {
    return Paging.url(c, n).substring(c.base().length());
  }

  private static String yearTabs(Column c, ListPage p, List<ListPage> all) {
    StringBuilder tabs = new StringBuilder("<div class=\"year-tab\">");
    for (ListPage other : all) {
      tabs.append("<a href=\"").append(local(c, other)).append("\"")
          .append(other == p ? " class=\"on\"" : "").append(">").append(other.year()).append("年</a>");
    }
    tabs.append("</div>\n<h3 class=\"list-year\">").append(p.year()).append("年</h3>\n");
    return tabs + "<ul class=\"list-ul\">\n" + lines(c, p) + "</ul>\n";
  }

  private static String local(Column c, ListPage p) {
    return p.url().substring(c.base().length());
  }

  /** Paging links of the home-grown styles: numbered links, 下一页 and 尾页, or 共N页 with a JSP form. */
  private static String links(Column c, ListPage p) {
    if (p.count() == 1) {
      return "";
    }
    StringBuilder b = new StringBuilder("<div class=\"pagination\">");
    if (c.style() == ListStyle.JSP_PAGE) {
      b.append("共").append(c.entries().size()).append("条 共").append(p.count()).append("页 当前第").append(p.number())
          .append("页 <a href=\"list.jsp?page=1\">首页</a> ");
      if (p.number() < p.count()) {
        b.append("<a href=\"list.jsp?page=").append(p.number() + 1).append("\">下一页</a> ");
      }
      b.append("<a href=\"list.jsp?page=").append(p.count()).append("\">末页</a>")
          .append("<form action=\"list.jsp\" method=\"get\">转到<input name=\"page\" size=\"2\">页"
              + "<input type=\"submit\" value=\"GO\"></form>");
    } else {
      String first = Paging.url(c, 1);
      b.append("<a href=\"").append(first).append("\">首页</a> ");
      if (p.number() > 1) {
        b.append("<a href=\"").append(Paging.url(c, p.number() - 1)).append("\">上一页</a> ");
      }
      if (c.style() == ListStyle.SHTML_INDEX) {
        for (int n = 1; n <= p.count(); n++) {
          b.append(n == p.number() ? "<span class=\"cur\">" + n + "</span> "
              : "<a href=\"" + local(c, n) + "\">" + n + "</a> ");
        }
      }
      if (p.number() < p.count()) {
        b.append("<a href=\"").append(Paging.url(c, p.number() + 1)).append("\">下一页</a> ");
      }
      b.append("<a href=\"").append(Paging.url(c, p.count())).append("\">尾页</a>");
    }
    return b.append("</div>\n").toString();
  }
}
