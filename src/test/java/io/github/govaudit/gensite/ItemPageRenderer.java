package io.github.govaudit.gensite;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

/**
 * Renders item pages in the template of their CMS: TRS articles with the metadata set and
 * 发布时间, Hanweb articles with 发布日期, home-grown table layouts (some GBK), disclosure
 * tables, image-only 图解 pages, and undated pages that show no date at all.
 */
final class ItemPageRenderer {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter CHINESE_DAY = DateTimeFormatter.ofPattern("yyyy年MM月dd日");
    private static final DateTimeFormatter SLASH_MINUTE = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

    private final PageChrome chrome;
    private final Texts texts;

    ItemPageRenderer(PageChrome chrome, Random random) {
        this.chrome = chrome;
        this.texts = new Texts(random);
    }

    /** The page of an item (not for attachments); images it shows are added to images. */
    RenderedPage render(Item item, Neighbours neighbours, List<String> images) {
        String html = switch (item.look()) {
            case TRS -> trs(item, neighbours, images);
            case HANWEB -> hanweb(item);
            case PLAIN -> plain(item);
            case ATTACHMENT -> throw new IllegalArgumentException("attachments have no page: " + item.path());
        };
        boolean headerCharset = item.look() == PageLook.TRS;
        return new RenderedPage(item.path(), html, item.gbk(), headerCharset && !item.gbk());
    }

    /** The previous and next item of the home column, for the 上一篇 / 下一篇 links; either may be null. */
    record Neighbours(Item previous, Item next) {
    }

    private String trs(Item item, Neighbours neighbours, List<String> images) {
        Column column = item.home();
        StringBuilder html = new StringBuilder(chrome.head(item.title() + "_" + column.name() + "_" + Texts.DEPARTMENT,
                PageChrome.CharsetMeta.HTML5_UTF8, meta(item, MINUTE)));
        html.append(chrome.header()).append("<div class=\"main w1200\">\n")
                .append(chrome.breadcrumb(column.trail(), true, "&gt;"))
                .append("<div class=\"article\">\n<h1 class=\"article-title\">").append(PageChrome.esc(item.title()))
                .append("</h1>\n<div class=\"article-info\">");
        if (showsText(item)) {
            html.append("<span>发布时间：").append(item.published().format(MINUTE)).append("</span>");
        }
        html.append("<span>来源：").append(item.source()).append("</span>")
                .append("<span>【字号：<a href=\"javascript:doZoom(18)\">大</a> <a href=\"javascript:doZoom(16)\">中</a> ")
                .append("<a href=\"javascript:doZoom(14)\">小</a>】</span>")
                .append("<a href=\"javascript:window.print()\">【打印本页】</a></div>\n");
        html.append("<div class=\"TRS_Editor\">\n");
        if (item.graphic()) {
            html.append("<p style=\"text-align:center\">").append(PageChrome.esc(item.title())).append("</p>\n");
            String folder = Hrefs.folderOf(item.path());
            for (int i = 1; i <= 3; i++) {
                String image = "W0" + item.published().format(DateTimeFormatter.BASIC_ISO_DATE) + item.id() + i + ".jpg";
                images.add(folder + image);
                html.append("<p style=\"text-align:center\"><img src=\"./").append(image)
                        .append("\" width=\"750\" height=\"2400\" alt=\"\" oldsrc=\"").append(image).append("\"></p>\n");
            }
        } else {
            texts.paragraphs(item.title()).forEach(p ->
                    html.append("<p style=\"text-indent:2em\">").append(p).append("</p>\n"));
        }
        html.append("</div>\n<div class=\"article-nav\">\n");
        if (neighbours.previous() != null) {
            html.append("<p>上一篇：<a href=\"").append(Hrefs.relative(Hrefs.folderOf(item.path()), neighbours.previous().path()))
                    .append("\">").append(PageChrome.esc(neighbours.previous().title())).append("</a></p>\n");
        }
        if (neighbours.next() != null) {
            html.append("<p>下一篇：<a href=\"").append(Hrefs.relative(Hrefs.folderOf(item.path()), neighbours.next().path()))
                    .append("\">").append(PageChrome.esc(neighbours.next().title())).append("</a></p>\n");
        }
        html.append("</div>\n</div>\n</div>\n").append(chrome.footer(false));
        return html.toString();
    }

    private String hanweb(Item item) {
        Column column = item.home();
        StringBuilder html = new StringBuilder(chrome.head(item.title(), PageChrome.CharsetMeta.HTTP_EQUIV_UTF8,
                meta(item, ISO_DAY)));
        html.append(chrome.header()).append("<div class=\"main w1200\">\n")
                .append(chrome.breadcrumb(column.trail(), true, "&gt;"));
        if (item.disclosure() != null) {
            html.append(disclosureTable(item));
        }
        html.append("<div class=\"bt-article\">\n<div class=\"bt-title\">").append(PageChrome.esc(item.title()))
                .append("</div>\n<div class=\"bt-info\">");
        if (showsText(item)) {
            html.append("发布日期：").append(item.published().format(ISO_DAY)).append("　");
        }
        html.append("信息来源：").append(item.source()).append("　浏览次数：<span id=\"hits\"></span>　")
                .append("字体：[<a href=\"javascript:doZoom(20)\">大</a> <a href=\"javascript:doZoom(16)\">中</a> ")
                .append("<a href=\"javascript:doZoom(12)\">小</a>]</div>\n<div id=\"zoom\">\n<!--ZJEG_RSS.content.begin-->");
        texts.paragraphs(item.title()).forEach(p -> html.append("<p>").append(p).append("</p>\n"));
        html.append("<!--ZJEG_RSS.content.end-->\n</div>\n</div>\n</div>\n").append(chrome.footer(false));
        return html.toString();
    }

    private String plain(Item item) {
        Column column = item.home();
        PageChrome.CharsetMeta charset = item.gbk()
                ? (item.declaresCharset() ? PageChrome.CharsetMeta.GB2312 : PageChrome.CharsetMeta.NONE)
                : PageChrome.CharsetMeta.HTML5_UTF8;
        StringBuilder html = new StringBuilder(chrome.head(item.title() + "-" + Texts.DEPARTMENT, charset,
                item.look() == PageLook.PLAIN && !item.gbk() ? meta(item, MINUTE) : ""));
        html.append(chrome.header())
                .append("<table class=\"main\" width=\"1000\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\">\n<tr><td>\n")
                .append(chrome.breadcrumb(column.trail(), true, item.gbk() ? "&gt;&gt;" : "&gt;"))
                .append("</td></tr>\n<tr><td class=\"title\" align=\"center\"><h2>").append(PageChrome.esc(item.title()))
                .append("</h2></td></tr>\n<tr><td class=\"info\" align=\"center\">");
        if (showsText(item)) {
            html.append(item.id() % 2 == 0
                    ? "日期：" + item.published().format(CHINESE_DAY)
                    : "发布时间：" + item.published().format(SLASH_MINUTE)).append("　");
        }
        html.append("来源：").append(item.source()).append("　【<a href=\"javascript:window.close()\">关闭窗口</a>】</td></tr>\n");
        if (item.disclosure() != null) {
            html.append("<tr><td>").append(disclosureTable(item)).append("</td></tr>\n");
        }
        html.append("<tr><td class=\"content\">\n");
        texts.paragraphs(item.title()).forEach(p -> html.append("<p>　　").append(p).append("</p>\n"));
        html.append("</td></tr>\n</table>\n").append(chrome.footer(item.gbk()));
        return html.toString();
    }

    private String disclosureTable(Item item) {
        Disclosure d = item.disclosure();
        String publish = item.published().format(CHINESE_DAY);
        return "<table class=\"xxgk-table\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">\n"
                + "<tr><td class=\"label\">索引号：</td><td>" + d.indexNo() + "</td><td class=\"label\">主题分类：</td><td>"
                + d.subject() + "</td></tr>\n"
                + "<tr><td class=\"label\">发文机关：</td><td>" + d.publisher() + "</td><td class=\"label\">" + d.writtenLabel()
                + "：</td><td>" + d.written().format(CHINESE_DAY) + "</td></tr>\n"
                + "<tr><td class=\"label\">标　　题：</td><td colspan=\"3\">" + PageChrome.esc(item.title()) + "</td></tr>\n"
                + "<tr><td class=\"label\">发文字号：</td><td>" + (d.docNo().isEmpty() ? "无" : d.docNo())
                + "</td><td class=\"label\">" + d.publishLabel() + "：</td><td>" + publish + "</td></tr>\n"
                + "<tr><td class=\"label\">有 效 性：</td><td colspan=\"3\">有效</td></tr>\n</table>\n";
    }

    private String meta(Item item, DateTimeFormatter format) {
        StringBuilder meta = new StringBuilder()
                .append("<meta name=\"ColumnName\" content=\"").append(item.home().name()).append("\">\n")
                .append("<meta name=\"ArticleTitle\" content=\"").append(PageChrome.esc(item.title())).append("\">\n");
        if (item.published() != null
                && (item.pageDate() == PageDate.META_AND_TEXT || item.pageDate() == PageDate.META_ONLY)) {
            meta.append("<meta name=\"PubDate\" content=\"").append(item.published().format(format)).append("\">\n");
        }
        meta.append("<meta name=\"ContentSource\" content=\"").append(item.source()).append("\">\n")
                .append("<meta name=\"Keywords\" content=\"").append(texts.pick(Texts.SUBJECTS)).append("\">\n");
        return meta.toString();
    }

    private static boolean showsText(Item item) {
        return item.published() != null
                && (item.pageDate() == PageDate.META_AND_TEXT || item.pageDate() == PageDate.TEXT_ONLY);
    }
}
