package io.github.govaudit.gensite;

import java.util.List;

/**
 * The parts every page of the generated site shares: head, top bar with nav to every top
 * column, breadcrumb and footer with the site's marks (网站标识码, ICP and 公安 filing numbers,
 * 主办单位, 党政机关 badge and 纠错 scripts).
 */
final class PageChrome {

    static final String SITE_CODE = "4500000101";
    static final String ICP = "桂ICP备09002618号";
    static final String OLD_ICP = "桂ICP备05007544号";
    static final String POLICE = "桂公网安备45010302001472号";
    static final String POLICE_CODE = "45010302001472";
    static final String SPONSOR = Texts.DEPARTMENT;

    private final SiteModel model;

    PageChrome(SiteModel model) {
        this.model = model;
    }

    /** Charset declarations a page may carry. */
    enum CharsetMeta {
        HTML5_UTF8("<meta charset=\"utf-8\">"),
        HTTP_EQUIV_UTF8("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"),
        GB2312("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"),
        NONE("");

        private final String tag;

        CharsetMeta(String tag) {
            this.tag = tag;
        }
    }

    String head(String title, CharsetMeta charset, String extraMeta) {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n" + charset.tag + "\n"
                + "<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">\n"
                + "<title>" + esc(title) + "</title>\n"
                + "<meta name=\"SiteName\" content=\"" + Texts.DEPARTMENT + "\">\n"
                + "<meta name=\"SiteIDCode\" content=\"" + SITE_CODE + "\">\n"
                + extraMeta
                + "<link rel=\"stylesheet\" type=\"text/css\" href=\"/css/style.css\">\n"
                + "</head>\n<body>\n";
    }

    String header() {
        StringBuilder html = new StringBuilder();
        html.append("<div class=\"topbar\"><div class=\"w1200\">\n")
                .append("<span class=\"welcome\">欢迎访问").append(Texts.DEPARTMENT).append("网站</span>\n")
                .append("<span class=\"today\" id=\"today\"></span>\n")
                .append("<a href=\"javascript:void(0);\" id=\"cniil_wza\">无障碍浏览</a> | ")
                .append("<a href=\"javascript:void(0);\" id=\"elder\">长者模式</a> | ")
                .append("<a href=\"javascript:void(0);\" onclick=\"zh_tran('t')\">繁體</a>\n")
                .append("</div></div>\n")
                .append("<div class=\"header\"><div class=\"w1200\"><a class=\"logo\" href=\"/index.html\">")
                .append("<img src=\"/images/logo.png\" alt=\"").append(Texts.DEPARTMENT).append("\"></a>\n")
                .append("<form class=\"search\" action=\"/search.jsp\" method=\"get\" target=\"_blank\">")
                .append("<input type=\"text\" name=\"searchword\" placeholder=\"请输入关键字\">")
                .append("<button type=\"submit\">搜索</button></form>\n</div></div>\n")
                .append("<div class=\"nav\"><ul class=\"w1200\">\n<li><a href=\"/index.html\">首页</a></li>\n");
        for (Column top : model.topColumns()) {
            html.append("<li><a href=\"").append(top.firstPage()).append("\">").append(top.name()).append("</a></li>\n");
        }
        html.append("<li><a href=\"http://www.gxzf.gov.cn/hdjl/\" target=\"_blank\">互动交流</a></li>\n</ul></div>\n");
        return html.toString();
    }

    /** 当前位置：首页 > … ; the last column is linked on item pages and plain on list pages. */
    String breadcrumb(List<Column> trail, boolean linkLast, String separator) {
        StringBuilder html = new StringBuilder("<div class=\"position\">当前位置：<a href=\"/index.html\">首页</a>");
        for (int i = 0; i < trail.size(); i++) {
            Column column = trail.get(i);
            html.append(' ').append(separator).append(' ');
            if (i < trail.size() - 1 || linkLast) {
                html.append("<a href=\"").append(column.firstPage()).append("\">").append(column.name()).append("</a>");
            } else {
                html.append("<span>").append(column.name()).append("</span>");
            }
        }
        return html.append("</div>\n").toString();
    }

    /** The side menu of a list page: every column under the same top column. */
    String sideMenu(Column column) {
        Column top = column.trail().get(0);
        StringBuilder html = new StringBuilder("<div class=\"side\"><div class=\"side-title\">")
                .append(top.name()).append("</div>\n<ul class=\"side-menu\">\n");
        for (Column c : top.subtree()) {
            if (c == top) {
                continue;
            }
            html.append("<li").append(c == column ? " class=\"on\"" : "").append("><a href=\"")
                    .append(c.firstPage()).append("\">").append(c.name()).append("</a></li>\n");
        }
        return html.append("</ul></div>\n").toString();
    }

    /** The footer; older sections keep an old include with the previous ICP number. */
    String footer(boolean old) {
        StringBuilder html = new StringBuilder("<div class=\"footer\"><div class=\"w1200\">\n");
        html.append("<p class=\"footer-links\"><a href=\"/index.html\">网站首页</a> | ")
                .append("<a href=\"javascript:void(0);\" onclick=\"AddFavorite(window.location,document.title)\">加入收藏</a></p>\n");
        if (old) {
            html.append("<p>主办：").append(SPONSOR).append("　　技术支持：广西某某信息技术有限公司</p>\n")
                    .append("<p>").append(OLD_ICP).append("　网站标识码：").append(SITE_CODE).append("</p>\n");
        } else {
            html.append("<p>主办单位：").append(SPONSOR).append("　　承办单位：").append(Texts.DEPARTMENT)
                    .append("宣传中心</p>\n<p>地址：广西南宁市青秀区林水路18号　邮编：530028　联系电话：0771-5551234</p>\n")
                    .append("<p>网站标识码：").append(SITE_CODE)
                    .append("　<a href=\"https://beian.miit.gov.cn/\" target=\"_blank\">").append(ICP).append("</a>")
                    .append("　<a href=\"http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=")
                    .append(POLICE_CODE).append("\" target=\"_blank\"><img src=\"/images/ga.png\" alt=\"\">")
                    .append(POLICE).append("</a></p>\n");
        }
        html.append("<div class=\"marks\"><span id=\"_ideConac\"></span>")
                .append("<script type=\"text/javascript\">document.write(unescape(\"%3Cspan id='_ideConac' %3E%3C/span%3E")
                .append("%3Cscript src='https://dcs.conac.cn/js/20/000/0000/60411201/CA200000000604112010001.js' ")
                .append("type='text/javascript'%3E%3C/script%3E\"));</script>\n")
                .append("<script id=\"_jiucuo_\" sitecode=\"").append(SITE_CODE)
                .append("\" src=\"https://pucha.kaipuyun.cn/exposure/jiucuo.js\"></script></div>\n")
                .append("</div></div>\n</body>\n</html>\n");
        return html.toString();
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
