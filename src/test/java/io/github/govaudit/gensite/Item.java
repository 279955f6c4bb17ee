package io.github.govaudit.gensite;

import java.time.LocalDateTime;

/**
 * One item (信息条目) of the designed site.
 *
 * @param path site path (with query, if any) of the item page
 * @param published publish date and time, null when the site shows no date anywhere
 * @param home the column whose folder or template the item belongs to
 * @param gbk whether the page is encoded in GBK
 * @param declaresCharset whether a GBK page names its charset in a meta tag
 * @param source the 来源 the page prints
 * @param disclosure the disclosure table, or null
 * @param graphic whether the body is mainly images (an interpretation product)
 */
record Item(int id, String path, String title, LocalDateTime published, Column home, PageLook look,
            PageDate pageDate, boolean gbk, boolean declaresCharset, String source, Disclosure disclosure,
            boolean graphic) {

    boolean isDated() {
        return published != null;
    }

    boolean publishedIn(int year) {
        return published != null && published.getYear() == year;
    }
}
