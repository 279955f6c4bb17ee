package io.github.govaudit.gensite;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders the list pages of one column in its CMS style: TRS pages paged only through
 * createPageHTML(), a Hanweb page holding every record in its datastore, home-grown pages with
 * 下一页 / 尾页 links, channel pages with a block per child column, and the topic banners.
 */
final class ListPageRenderer {

    /** Titles longer than this are cut with "…" in lists, the full title kept in title=. */
    private static final int LIST_TITLE_LENGTH = 30;

    private final PageChrome chrome;

    ListPageRenderer(PageChrome chrome) {
        this.chrome = chrome;
    }

    List<RenderedPage> render(Column column) {
        return switch (column.style()) {
            case TRS -> trs(column);
            case HANWEB -> column.pagedByPageNum() ? hanwebPaged(column)
                    : List.of(page(column, column.firstPage(), hanweb(column), false));
            case PLAIN_QUERY, PLAIN_STATIC -> plain(column);
            case CHANNEL -> List.of(page(column, column.firstPage(), channel(column), true));
            case BANNERS -> List.of(page(column, column.firstPage(), banners(column), true));
        };
    }

    /**
     * The paths of every page of a column that lists items (TRS, Hanweb and home-grown lists, in
     * page order, with the {@code list.jsp?page=1} twin of a query list's first page); empty for
     * channel and banner pages.
     */
    static List<String> listPagePaths(Column column) {
        int pages = pages(column.ownEntries(), Math.max(1, column.pageSize())).size();
        List<String> paths = new ArrayList<>();
        switch (column.style()) {
            case TRS -> {
                for (int i = 0; i < pages; i++) {
                    paths.add(column.folder() + (i == 0 ? "index.html" : "index_" + i + ".html"));
                }
            }
            case HANWEB -> {
                paths.add(column.firstPage());
                for (int i = 1; column.pagedByPageNum() && i < pages; i++) {
                    paths.add(hanwebPage(column, i + 1));
                }
            }
            case PLAIN_QUERY, PLAIN_STATIC -> {
                for (int i = 1; i <= pages; i++) {
                    paths.add(plainPage(column, i));
                    if (column.style() == ListStyle.PLAIN_QUERY && i == 1) {
                        paths.add(column.folder() + "list.jsp?page=1");
                    }
                }
            }
            case CHANNEL, BANNERS -> {
            }
        }
        return paths;
    }

    private RenderedPage page(Column column, String path, String body, boolean headerCharset) {
        PageChrome.CharsetMeta meta = column.gbk()
                ? (column.declaresCharset() ? PageChrome.CharsetMeta.GB2312 : PageChrome.CharsetMeta.NONE)
                : column.style() == ListStyle.HANWEB ? PageChrome.CharsetMeta.HTTP_EQUIV_UTF8
                : PageChrome.CharsetMeta.HTML5_UTF8;
        String columnMeta = "<meta name=\"ColumnName\" content=\"" + column.name() + "\">\n"
                + "<meta name=\"ColumnType\" content=\"" + column.trail().get(0).name() + "\">\n";
        String html = chrome.head(column.name() + "_" + Texts.DEPARTMENT, meta, columnMeta + trsPagingScript(column))
                + chrome.header()
                + "<div class=\"main w1200\">\n" + chrome.sideMenu(column)
                + "<div class=\"content\">\n"
                + chrome.breadcrumb(column.trail(), false, column.gbk() ? "&gt;&gt;" : "&gt;")
                + "<div class=\"list-title\"><h2>" + column.name() + "</h2></div>\n"
                + body + "</div>\n</div>\n" + chrome.footer(column.gbk());
        return new RenderedPage(path, html, column.gbk(), headerCharset && !column.gbk());
    }

    // ---- TRS ---------------------------------------------------------------------------------

    private List<RenderedPage> trs(Column column) {
        List<List<Entry>> pages = pages(column.ownEntries(), column.pageSize());
        List<RenderedPage> rendered = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            StringBuilder body = new StringBuilder();
            body.append(subColumns(column));
            body.append("<ul class=\"list\">\n");
            for (Entry entry : pages.get(i)) {
                String href = entry.isExternal() ? entry.externalUrl() : Hrefs.relative(column.folder(), entry.target());
                String date = entry.showDate() ? column.dates().format(entry.sortDate()) : "";
                if (column.dates() == ListDate.MONTH_DAY_URL_YEAR) {
                    body.append("<li><span class=\"date\">").append(date).append("</span>").append(link(href, entry))
                            .append("</li>\n");
                } else {
                    body.append("<li>").append(link(href, entry)).append("<span>").append(date).append("</span></li>\n");
                }
            }
            body.append("</ul>\n<div class=\"page\" id=\"page\">\n<script type=\"text/javascript\">\n")
                    .append("createPageHTML(").append(pages.size()).append(", ").append(i)
                    .append(", \"index\", \"html\");\n</script>\n</div>\n");
            String path = column.folder() + (i == 0 ? "index.html" : "index_" + i + ".html");
            rendered.add(page(column, path, body.toString(), true));
        }
        return rendered;
    }

    private String trsPagingScript(Column column) {
        if (column.style() != ListStyle.TRS) {
            return "";
        }
        return """
                <script type="text/javascript">
                function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt) {
                    if (_nPageCount == null || _nPageCount <= 1) { return; }
                    var nCurrIndex = _nCurrIndex || 0;
                    var first = _sPageName + "." + _sPageExt;
                    function pageOf(n) { return n == 0 ? first : _sPageName + "_" + n + "." + _sPageExt; }
                    document.write("共" + _nPageCount + "页&nbsp;");
                    if (nCurrIndex == 0) { document.write("首页&nbsp;上一页&nbsp;"); }
                    else { document.write("<a href=\\"" + first + "\\">首页</a>&nbsp;<a href=\\"" + pageOf(nCurrIndex - 1) + "\\">上一页</a>&nbsp;"); }
                    if (nCurrIndex + 1 >= _nPageCount) { document.write("下一页&nbsp;尾页"); }
                    else { document.write("<a href=\\"" + pageOf(nCurrIndex + 1) + "\\">下一页</a>&nbsp;<a href=\\"" + pageOf(_nPageCount - 1) + "\\">尾页</a>"); }
                }
                </script>
                """;
    }

    // ---- Hanweb ------------------------------------------------------------------------------

    private String hanweb(Column column) {
        List<Entry> entries = column.ownEntries();
        int unit = hanwebUnit(column);
        StringBuilder body = new StringBuilder();
        body.append("<div class=\"default_pgContainer\" id=\"").append(unit).append("\">\n")
                .append("<script type=\"text/xml\">\n<datastore>\n<nextgroup><![CDATA[]]></nextgroup>\n")
                .append("<totalrecord>").append(entries.size()).append("</totalrecord>\n<recordset>\n");
        for (Entry entry : entries) {
            hanwebRecord(body, column, entry);
        }
        body.append("</recordset>\n</datastore>\n</script>\n</div>\n")
                .append("<script type=\"text/javascript\" src=\"/module/jslib/jquery/jpage/jquery.page.min.js\"></script>\n")
                .append("<script type=\"text/javascript\">\n$('#").append(unit)
                .append("').jpage({ dataStore: dataStore, perPage: ").append(column.pageSize())
                .append(", totalRecord: ").append(entries.size())
                .append(", proxyUrl: '', groupSize: 3, barPosition: 'bottom', showMode: 'full' });\n</script>\n");
        return body.toString();
    }

    private List<RenderedPage> hanwebPaged(Column column) {
        List<List<Entry>> pages = pages(column.ownEntries(), column.pageSize());
        List<RenderedPage> rendered = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            String path = i == 0 ? column.firstPage() : hanwebPage(column, i + 1);
            rendered.add(page(column, path, hanwebPagedBody(column, pages.get(i)), false));
        }
        return rendered;
    }

    private String hanwebPagedBody(Column column, List<Entry> entries) {
        int unit = hanwebUnit(column);
        int total = column.ownEntries().size();
        StringBuilder body = new StringBuilder();
        body.append("<div class=\"default_pgContainer\" id=\"").append(unit).append("\">\n")
                .append("<script type=\"text/xml\">\n<datastore>\n")
                .append("<totalrecord>").append(total).append("</totalrecord>\n<recordset>\n");
        for (Entry entry : entries) {
            hanwebRecord(body, column, entry);
        }
        body.append("</recordset>\n</datastore>\n</script>\n</div>\n")
                .append("<script type=\"text/javascript\" src=\"/module/web/jpage/jpage.js\" charset=\"utf-8\"></script>\n")
                .append("<script type=\"text/javascript\">\n$(document).ready(function(){ $('#").append(unit)
                .append("').jpage({ dataStore: '', totalrecord: ").append(total).append(", perpage: ")
                .append(column.pageSize()).append(", groupSize: 3, barPosition: 'bottom', ")
                .append("proxyUrl: '/module/web/jpage/dataproxy.jsp', ajaxParam: { col: 1, appid: 1, webid: 1, ")
                .append("path: '/', columnid: ").append(column.id()).append(", sourceContentType: 1, unitid: ")
                .append(unit).append(", permissiontype: 0 } }); });\n</script>\n");
        return body.toString();
    }

    private static void hanwebRecord(StringBuilder body, Column column, Entry entry) {
        String date = entry.showDate() ? column.dates().format(entry.sortDate()) : "";
        body.append("<record><![CDATA[\n<li><a href=\"").append(entry.target()).append("\" target=\"_blank\" title=\"")
                .append(PageChrome.esc(entry.title())).append("\">").append(PageChrome.esc(cut(entry.title())))
                .append("</a><span class=\"bt-data-time\">").append(date).append("</span></li>\n]]></record>\n");
    }

    private static int hanwebUnit(Column column) {
        return 5000 + column.id();
    }

    /** Page n (from 2) of a Hanweb list paged by pageNum. */
    private static String hanwebPage(Column column, int n) {
        return column.firstPage() + "?uid=" + hanwebUnit(column) + "&pageNum=" + n;
    }

    // ---- home-grown --------------------------------------------------------------------------

    private List<RenderedPage> plain(Column column) {
        List<List<Entry>> pages = pages(column.ownEntries(), column.pageSize());
        List<RenderedPage> rendered = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            StringBuilder body = new StringBuilder(subColumns(column));
            if (column.dates() == ListDate.MONTH_DAY_HEADING) {
                body.append(byYear(column, pages.get(i)));
            } else {
                body.append("<table class=\"list-table\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">\n<tbody>\n");
                for (Entry entry : pages.get(i)) {
                    String href = entry.isExternal() ? entry.externalUrl() : plainHref(column, entry.target());
                    String date = entry.showDate() ? column.dates().format(entry.sortDate()) : "";
                    body.append("<tr><td class=\"dot\">·</td><td class=\"title\">").append(link(href, entry))
                            .append("</td><td class=\"date\" width=\"120\">").append(date).append("</td></tr>\n");
                }
                body.append("</tbody>\n</table>\n");
            }
            body.append(plainPager(column, i + 1, pages.size()));
            rendered.add(page(column, plainPage(column, i + 1), body.toString(), true));
            if (column.style() == ListStyle.PLAIN_QUERY && i == 0) {
                rendered.add(page(column, column.folder() + "list.jsp?page=1", body.toString(), true));
            }
        }
        return rendered;
    }

    private String byYear(Column column, List<Entry> entries) {
        StringBuilder body = new StringBuilder();
        int currentYear = -1;
        for (Entry entry : entries) {
            int y = entry.sortDate().getYear();
            if (y != currentYear) {
                if (currentYear != -1) {
                    body.append("</ul>\n");
                }
                body.append("<div class=\"year-title\"><h3>").append(y).append("年</h3></div>\n<ul class=\"list\">\n");
                currentYear = y;
            }
            body.append("<li>").append(link(plainHref(column, entry.target()), entry)).append("<em>")
                    .append(entry.showDate() ? column.dates().format(entry.sortDate()) : "").append("</em></li>\n");
        }
        return body.append(currentYear == -1 ? "" : "</ul>\n").toString();
    }

    private static String plainHref(Column column, String target) {
        return target.startsWith(column.folder()) ? target.substring(column.folder().length()) : target;
    }

    static String plainPage(Column column, int page) {
        if (column.style() == ListStyle.PLAIN_QUERY) {
            return column.folder() + (page == 1 ? "list.jsp" : "list.jsp?page=" + page);
        }
        return column.folder() + (page == 1 ? "list.html" : "list_" + page + ".html");
    }

    private static String plainPagerHref(Column column, int page) {
        if (column.style() == ListStyle.PLAIN_QUERY) {
            return "list.jsp?page=" + page;
        }
        return page == 1 ? "list.html" : "list_" + page + ".html";
    }

    private static String plainPager(Column column, int page, int pages) {
        StringBuilder html = new StringBuilder("<div class=\"pagination\">共 ").append(pages)
                .append(" 页　当前第 ").append(page).append(" 页　");
        html.append("<a href=\"").append(plainPagerHref(column, 1)).append("\">首页</a> ");
        if (page > 1) {
            html.append("<a href=\"").append(plainPagerHref(column, page - 1)).append("\">上一页</a> ");
        }
        if (page < pages) {
            html.append("<a href=\"").append(plainPagerHref(column, page + 1)).append("\">下一页</a> ");
        }
        html.append("<a href=\"").append(plainPagerHref(column, pages)).append("\">尾页</a></div>\n");
        return html.toString();
    }

    // ---- channels and topics -----------------------------------------------------------------

    private String channel(Column column) {
        StringBuilder body = new StringBuilder();
        for (Column child : column.children()) {
            body.append("<div class=\"block\">\n<div class=\"block-title\"><h3>").append(child.name())
                    .append("</h3><a class=\"more\" href=\"").append(child.firstPage()).append("\">更多&gt;&gt;</a></div>\n<ul>\n");
            for (Entry entry : child.channelBlock()) {
                body.append("<li>").append(link(entry.target(), entry)).append("<span class=\"date\">")
                        .append(entry.showDate() ? entry.sortDate().toString() : "").append("</span></li>\n");
            }
            body.append("</ul>\n</div>\n");
        }
        return body.toString();
    }

    private String banners(Column column) {
        StringBuilder body = new StringBuilder("<ul class=\"zt-list\">\n");
        int n = 1;
        for (Column topic : column.children()) {
            body.append("<li><a href=\"").append(topic.firstPage()).append("\" target=\"_blank\"><img src=\"/images/zt")
                    .append(n++).append(".jpg\" alt=\"").append(topic.name()).append("\"><p>").append(topic.name())
                    .append("</p></a></li>\n");
        }
        body.append("<li><a href=\"http://www.gxzf.gov.cn/zt/yhyshj/\" target=\"_blank\"><img src=\"/images/zt")
                .append(n).append(".jpg\" alt=\"自治区政府专题\"><p>自治区政府门户网站专题</p></a></li>\n</ul>\n");
        return body.toString();
    }

    private String subColumns(Column column) {
        if (column.children().isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<div class=\"sub-columns\">");
        for (Column child : column.children()) {
            html.append("<a href=\"").append(Hrefs.relative(column.folder(), child.firstPage())).append("\">")
                    .append(child.name()).append("</a> ");
        }
        return html.append("</div>\n").toString();
    }

    private static String link(String href, Entry entry) {
        return "<a href=\"" + PageChrome.esc(href) + "\" target=\"_blank\" title=\"" + PageChrome.esc(entry.title())
                + "\">" + PageChrome.esc(cut(entry.title())) + "</a>";
    }

    private static String cut(String title) {
        return title.length() > LIST_TITLE_LENGTH ? title.substring(0, LIST_TITLE_LENGTH) + "…" : title;
    }

    private static List<List<Entry>> pages(List<Entry> entries, int size) {
        List<List<Entry>> pages = new ArrayList<>();
        for (int from = 0; from < entries.size(); from += size) {
            pages.add(entries.subList(from, Math.min(entries.size(), from + size)));
        }
        if (pages.isEmpty()) {
            pages.add(List.of());
        }
        return pages;
    }
}
