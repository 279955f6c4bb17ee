package io.github.govaudit.gensite;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Turns the site model into the files the server sends: home page, list pages, item pages,
 * attachments, images and the style sheet, each encoded as its page asks (UTF-8 or GBK).
 */
final class SiteRenderer {

    static final Charset GBK = Charset.forName("GBK");
    private static final String HTML = "text/html";
    private static final String HTML_UTF8 = "text/html; charset=UTF-8";
    /** A 1×1 GIF, served for every image the pages show. */
    private static final byte[] PIXEL = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
    private static final int HOME_BLOCK_SIZE = 8;

    private final SiteModel model;
    private final PageChrome chrome;
    private final ListPageRenderer lists;
    private final ItemPageRenderer items;
    private final Map<String, SiteFile> files = new LinkedHashMap<>();

    SiteRenderer(SiteModel model, Random random) {
        this.model = model;
        this.chrome = new PageChrome(model);
        this.lists = new ListPageRenderer(chrome);
        this.items = new ItemPageRenderer(chrome, random);
    }

    Map<String, SiteFile> render() {
        add(new RenderedPage("/index.html", home(), false, true));
        List<String> images = new ArrayList<>(List.of("/images/logo.png", "/images/ga.png", "/images/banner.jpg"));
        for (int i = 1; i <= model.topics().size() + 1; i++) {
            images.add("/images/zt" + i + ".jpg");
        }
        model.columns().forEach(column -> lists.render(column).forEach(this::add));
        for (Column column : model.columns()) {
            List<Item> own = column.ownEntries().stream()
                    .filter(e -> !e.isExternal() && e.item().home() == column).map(Entry::item).toList();
            for (int i = 0; i < own.size(); i++) {
                Item item = own.get(i);
                if (item.look() == PageLook.ATTACHMENT) {
                    files.put(item.path(), new SiteFile(item.path(), pdf(item), "application/pdf"));
                    continue;
                }
                ItemPageRenderer.Neighbours neighbours = new ItemPageRenderer.Neighbours(
                        i > 0 ? own.get(i - 1) : null, i + 1 < own.size() ? own.get(i + 1) : null);
                add(items.render(item, neighbours, images));
            }
        }
        images.forEach(image -> files.put(image, new SiteFile(image, PIXEL, image.endsWith(".png") ? "image/png"
                : image.endsWith(".gif") ? "image/gif" : "image/jpeg")));
        files.put("/css/style.css", new SiteFile("/css/style.css",
                "body{font:14px/1.8 \"Microsoft YaHei\";}.w1200{width:1200px;margin:0 auto;}"
                        .getBytes(StandardCharsets.UTF_8), "text/css"));
        return files;
    }

    private void add(RenderedPage page) {
        if (page.gbk() && !GBK.newEncoder().canEncode(page.html())) {
            throw new IllegalStateException("not encodable in GBK: " + page.path());
        }
        byte[] bytes = page.html().getBytes(page.gbk() ? GBK : StandardCharsets.UTF_8);
        String type = page.headerCharset() ? HTML_UTF8 : HTML;
        if (files.put(page.path(), new SiteFile(page.path(), bytes, type)) != null) {
            throw new IllegalStateException("two pages at " + page.path());
        }
    }

    private String home() {
        StringBuilder html = new StringBuilder(chrome.head(Texts.DEPARTMENT, PageChrome.CharsetMeta.HTML5_UTF8,
                "<meta name=\"ColumnName\" content=\"首页\">\n<meta name=\"Keywords\" content=\"林业,水利,林水发展\">\n"));
        html.append(chrome.header())
                .append("<div class=\"banner\"><img src=\"/images/banner.jpg\" alt=\"\"></div>\n<div class=\"main w1200\">\n");
        Column news = model.topColumns().get(1);
        for (Column column : news.children().subList(0, 2)) {
            homeBlock(html, column);
        }
        homeBlock(html, model.topColumns().get(3));
        html.append("<div class=\"zt\"><div class=\"block-title\"><h3>专题专栏</h3><a class=\"more\" href=\"")
                .append(model.topicIndex().firstPage()).append("\">更多&gt;&gt;</a></div>\n");
        int n = 1;
        for (Column topic : model.topics()) {
            html.append("<a href=\"").append(topic.firstPage()).append("\"><img src=\"/images/zt").append(n++)
                    .append(".jpg\" alt=\"").append(topic.name()).append("\"></a>\n");
        }
        html.append("</div>\n<div class=\"links\">友情链接：<a href=\"http://www.gov.cn/\" target=\"_blank\">中国政府网</a> ")
                .append("<a href=\"http://www.gxzf.gov.cn/\" target=\"_blank\">广西壮族自治区人民政府门户网站</a> ")
                .append("<a href=\"http://www.forestry.gov.cn/\" target=\"_blank\">国家林业和草原局</a></div>\n</div>\n")
                .append(chrome.footer(false));
        return html.toString();
    }

    private void homeBlock(StringBuilder html, Column column) {
        html.append("<div class=\"block\"><div class=\"block-title\"><h3>").append(column.name())
                .append("</h3><a class=\"more\" href=\"").append(column.firstPage()).append("\">更多&gt;&gt;</a></div>\n<ul>\n");
        column.ownEntries().stream().filter(e -> !e.isExternal()).limit(HOME_BLOCK_SIZE).forEach(entry ->
                html.append("<li><a href=\"").append(entry.target()).append("\" target=\"_blank\" title=\"")
                        .append(PageChrome.esc(entry.title())).append("\">").append(PageChrome.esc(entry.title()))
                        .append("</a><span>").append(entry.showDate()
                                ? String.format("%02d-%02d", entry.sortDate().getMonthValue(), entry.sortDate().getDayOfMonth())
                                : "").append("</span></li>\n"));
        html.append("</ul></div>\n");
    }

    private static byte[] pdf(Item item) {
        String body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        return body.getBytes(StandardCharsets.US_ASCII);
    }
}
