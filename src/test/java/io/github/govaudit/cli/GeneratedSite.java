package io.github.govaudit.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the 桂江市交通运输局 site (a home-grown CMS: {@code /news/list_2.html}, {@code /content/1001.html})
 * with as many pages as a test needs. Every page is reachable by plain links: the home lists the
 * newest items of each column, each column pages with 下一页 links, articles link back.
 */
final class GeneratedSite {

    static final int ITEMS_PER_LIST_PAGE = 4;
    private static final int ITEMS_ON_HOME = 2;
    private static final int FIRST_ARTICLE_ID = 1001;
    private static final LocalDate FIRST_DATE = LocalDate.of(2024, 1, 3);

    private record Column(String name, String folder, List<String> titleForms) {
        String listPath(int page) {
            return "/" + folder + "/" + (page == 1 ? "list.html" : "list_" + page + ".html");
        }
    }

    private record Article(Column column, String path, String title, LocalDate date) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("工作动态", "news", List.of("市交通运输局开展%s安全专项检查", "局领导调研%s工作", "全市%s行业工作推进会召开")),
            new Column("通知公告", "notice", List.of("关于开展%s领域违法违规行为专项整治的通知", "关于%s行业年度信用考核结果的公示",
                    "关于做好%s节假日运输保障工作的通知")),
            new Column("政策文件", "policy", List.of("桂江市%s管理办法", "关于促进%s高质量发展的实施意见", "桂江市%s行业监督检查工作规范")));

    private static final List<String> SUBJECTS = List.of(
            "道路运输", "水路运输", "城市公交", "农村公路", "出租汽车", "港口码头", "公路工程建设", "危险货物运输");

    private GeneratedSite() {
    }

    /**
     * A site with {@code articlesPerColumn} articles in each of its three columns: one home page,
     * {@code ceil(articlesPerColumn / 4)} list pages per column, and the articles.
     */
    static FixtureSite withArticlesPerColumn(int articlesPerColumn) {
        Map<Column, List<Article>> articles = articles(articlesPerColumn);
        Map<String, ServedFile> files = new LinkedHashMap<>();
        files.put("/robots.txt", ServedFile.robots(FixtureSite.OPEN_ROBOTS));
        files.put("/", ServedFile.utf8Html(home(articles)));
        articles.forEach((column, items) -> {
            int pages = (items.size() + ITEMS_PER_LIST_PAGE - 1) / ITEMS_PER_LIST_PAGE;
            for (int page = 1; page <= pages; page++) {
                List<Article> onPage = items.subList((page - 1) * ITEMS_PER_LIST_PAGE,
                        Math.min(items.size(), page * ITEMS_PER_LIST_PAGE));
                files.put(column.listPath(page), ServedFile.utf8Html(list(column, onPage, page, pages)));
            }
            items.forEach(article -> files.put(article.path(), ServedFile.utf8Html(article(article))));
        });
        return new FixtureSite(files);
    }

    private static Map<Column, List<Article>> articles(int perColumn) {
        Map<Column, List<Article>> byColumn = new LinkedHashMap<>();
        int id = FIRST_ARTICLE_ID;
        for (int c = 0; c < COLUMNS.size(); c++) {
            Column column = COLUMNS.get(c);
            List<Article> items = new ArrayList<>();
            for (int i = 0; i < perColumn; i++, id++) {
                String form = column.titleForms().get(i % column.titleForms().size());
                String title = String.format(form, SUBJECTS.get((i + c) % SUBJECTS.size()))
                        + (i >= SUBJECTS.size() ? "（第" + (i / SUBJECTS.size() + 1) + "批）" : "");
                LocalDate date = FIRST_DATE.plusDays(3L * (id - FIRST_ARTICLE_ID));
                items.add(new Article(column, "/content/" + id + ".html", title, date));
            }
            items.sort((a, b) -> b.date().compareTo(a.date()));
            byColumn.put(column, items);
        }
        return byColumn;
    }

    private static String nav() {
        StringBuilder nav = new StringBuilder();
        COLUMNS.forEach(column -> nav.append("<a href=\"").append(column.listPath(1)).append("\">")
                .append(column.name()).append("</a>"));
        return nav.toString();
    }

    private static String home(Map<Column, List<Article>> articles) {
        StringBuilder columns = new StringBuilder();
        articles.forEach((column, items) -> columns.append(Fixtures.filled("generated/home-column.html", Map.of(
                "columnName", column.name(),
                "columnUrl", column.listPath(1),
                "items", items(items.subList(0, Math.min(ITEMS_ON_HOME, items.size())))))));
        return Fixtures.filled("generated/home.html",
                Footer.BUREAU.with(Map.of("nav", nav(), "columns", columns.toString())));
    }

    private static String list(Column column, List<Article> onPage, int page, int pages) {
        return Fixtures.filled("generated/list.html", Footer.BUREAU.with(Map.of(
                "columnName", column.name(),
                "columnUrl", column.listPath(1),
                "nav", nav(),
                "items", items(onPage),
                "pager", pager(column, page, pages))));
    }

    private static String items(List<Article> items) {
        StringBuilder html = new StringBuilder();
        items.forEach(item -> html.append("      <li><a href=\"").append(item.path()).append("\" title=\"")
                .append(item.title()).append("\">").append(item.title()).append("</a><span class=\"date\">[")
                .append(item.date()).append("]</span></li>\n"));
        return html.toString();
    }

    private static String pager(Column column, int page, int pages) {
        StringBuilder html = new StringBuilder("共" + pages + "页 当前第" + page + "页 ");
        html.append("<a href=\"").append(column.listPath(1)).append("\">首页</a> ");
        if (page > 1) {
            html.append("<a href=\"").append(column.listPath(page - 1)).append("\">上一页</a> ");
        }
        if (page < pages) {
            html.append("<a href=\"").append(column.listPath(page + 1)).append("\">下一页</a> ");
        }
        html.append("<a href=\"").append(column.listPath(pages)).append("\">尾页</a>");
        return html.toString();
    }

    private static String article(Article article) {
        String lead = article.date().getMonthValue() + "月" + article.date().getDayOfMonth() + "日，"
                + article.title() + "。相关科室负责同志参加，会议对近期重点工作进行了安排部署。";
        return Fixtures.filled("generated/article.html", Footer.BUREAU.with(Map.of(
                "columnName", article.column().name(),
                "columnUrl", article.column().listPath(1),
                "nav", nav(),
                "title", article.title(),
                "date", article.date().toString(),
                "lead", lead)));
    }
}
