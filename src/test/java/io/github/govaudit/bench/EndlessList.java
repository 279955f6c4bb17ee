package io.github.govaudit.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list whose 下一页 link never stops: {@value #REAL_PAGES} real pages of entries (items from three
 * years before the report year, so no report field counts them), then an empty list page for any
 * page number, each with a 下一页 link to the next. Paged by query ({@code list.jsp?page=N}) or by
 * path ({@code list_N.html}); neither prints a page total or a 尾页 link.
 */
final class EndlessList implements Trap {

    /** Pages that list entries; every later page is empty. */
    static final int REAL_PAGES = 3;
    static final int ENTRIES_PER_PAGE = 10;

    /** How the list numbers its pages. */
    enum Scheme { QUERY, PATH }

    private record Entry(String path, String title, LocalDate date) {
    }

    private final Scheme scheme;
    private final String folder;
    private final String crumbs;
    private final String column;
    private final Instant modified;
    private final List<Entry> entries = new ArrayList<>();

    /**
     * @param folder the list's folder, e.g. "/hdjl/zxft/"
     * @param section the section above the column in the breadcrumb
     * @param titles title forms of the entries, each with one %s for a running number
     */
    EndlessList(Scheme scheme, String folder, String section, String column, List<String> titles, int year,
                Instant modified) {
        this.scheme = scheme;
        this.folder = folder;
        this.column = column;
        this.crumbs = section + " &gt; <span>" + column + "</span>";
        this.modified = modified;
        LocalDate date = LocalDate.of(year - 3, 12, 20);
        for (int i = 0; i < REAL_PAGES * ENTRIES_PER_PAGE; i++, date = date.minusDays(9)) {
            String title = String.format(titles.get(i % titles.size()), i + 1);
            entries.add(new Entry(folder + "content/" + (8000 + i) + ".html", title, date));
        }
    }

    String firstPage() {
        return scheme == Scheme.QUERY ? folder + "list.jsp" : folder + "list.html";
    }

    /** The real pages: the list pages that list entries, and the entries' pages. */
    Map<String, String> realPages() {
        Map<String, String> pages = new LinkedHashMap<>();
        for (int n = 1; n <= REAL_PAGES; n++) {
            String html = listPage(n);
            pages.put(n == 1 ? firstPage() : folder + href(n), html);
            if (scheme == Scheme.QUERY && n == 1) {
                pages.put(folder + href(1), html);
            }
        }
        for (Entry entry : entries) {
            String body = "<h1>" + TrapChrome.esc(entry.title()) + "</h1>\n<div class=\"info\">发布时间：" + entry.date()
                    + "</div>\n<div class=\"content\"><p>" + TrapChrome.esc(entry.title())
                    + "。相关部门负责同志参加了活动，并回答了群众关心的问题。</p></div>\n";
            pages.put(entry.path(), TrapChrome.page(entry.title(), crumbs, body));
        }
        return pages;
    }

    @Override
    public String name() {
        return scheme == Scheme.QUERY ? "endless ?page=N list" : "endless list_N.html list";
    }

    @Override
    public boolean owns(Target target) {
        return scheme == Scheme.QUERY
                ? target.path().equals(folder + "list.jsp") && target.param("page").isPresent()
                : target.path().startsWith(folder) && target.path().substring(folder.length()).matches("list_\\d+\\.html");
    }

    @Override
    public Reply answer(Target target) {
        String number = scheme == Scheme.QUERY ? target.param("page").orElse("1")
                : target.path().substring(folder.length() + "list_".length(), target.path().length() - ".html".length());
        int n;
        try {
            n = Integer.parseInt(number);
        } catch (NumberFormatException e) {
            n = REAL_PAGES + 1;
        }
        return Reply.html(200, listPage(n), modified);
    }

    @Override
    public String rejectRegex() {
        String beyond = "([" + (REAL_PAGES + 1) + "-9]|[1-9][0-9]+)";
        return scheme == Scheme.QUERY
                ? folder.replace(".", "\\.") + "list\\.jsp\\?page=" + beyond
                : folder.replace(".", "\\.") + "list_" + beyond + "\\.html";
    }

    private String listPage(int n) {
        StringBuilder body = new StringBuilder("<div class=\"list-title\"><h2>").append(column).append("</h2></div>\n<ul class=\"list\">\n");
        if (n >= 1 && n <= REAL_PAGES) {
            for (Entry entry : entries.subList((n - 1) * ENTRIES_PER_PAGE, n * ENTRIES_PER_PAGE)) {
                body.append("<li><a href=\"").append(entry.path().substring(folder.length())).append("\" title=\"")
                        .append(TrapChrome.esc(entry.title())).append("\">").append(TrapChrome.esc(entry.title()))
                        .append("</a><span class=\"date\">").append(entry.date()).append("</span></li>\n");
            }
        } else {
            body.append("<li class=\"empty\">暂无信息</li>\n");
        }
        body.append("</ul>\n<div class=\"pagination\">当前第 ").append(n).append(" 页　<a href=\"").append(href(1))
                .append("\">首页</a> ");
        if (n > 1) {
            body.append("<a href=\"").append(href(n - 1)).append("\">上一页</a> ");
        }
        body.append("<a href=\"").append(href(n + 1)).append("\">下一页</a></div>\n");
        return TrapChrome.page(column, crumbs, body.toString());
    }

    private String href(int n) {
        return scheme == Scheme.QUERY ? "list.jsp?page=" + n : n == 1 ? "list.html" : "list_" + n + ".html";
    }
}
