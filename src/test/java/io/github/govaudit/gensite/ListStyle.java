package io.github.govaudit.gensite;

/** How a column's list page is built and paged. */
enum ListStyle {
    /** TRS WCM: index.html, index_1.html …, paging only in createPageHTML(). */
    TRS,
    /** Hanweb JCMS: /col/colN/index.html with every record in a text/xml datastore. */
    HANWEB,
    /** Home-grown: list.jsp?page=N with 下一页 / 尾页 links. */
    PLAIN_QUERY,
    /** Home-grown: list.html, list_2.html … with 下一页 / 尾页 links. */
    PLAIN_STATIC,
    /** A channel page showing the latest entries of each child column. */
    CHANNEL,
    /** A page linking to its child columns by banners, listing no items (专题专栏). */
    BANNERS
}
