package io.github.govaudit.gensite;

/** The template family of an item page, which also fixes the shape of its URL. */
enum PageLook {
    /** ./202605/t20260512_1234567.html under the home column. */
    TRS,
    /** /art/2026/5/12/art_COL_ID.html. */
    HANWEB,
    /** /content/123456.html, folder/show-123.html or folder/show.jsp?id=123: no date in the URL. */
    PLAIN,
    /** A PDF listed directly as an entry. */
    ATTACHMENT
}
