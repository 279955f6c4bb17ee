package io.github.govaudit.gensite;

import java.time.LocalDate;

/**
 * One row of a column list: an item of the site, or a link to another host (外链).
 *
 * @param item the listed item, null for an external entry
 * @param externalUrl the absolute URL of an external entry, null otherwise
 * @param title the title the list shows
 * @param sortDate the date the list is sorted by (the publish date, or an invented one when undated)
 * @param showDate whether the list prints the date
 */
record Entry(Item item, String externalUrl, String title, LocalDate sortDate, boolean showDate) {

    static Entry of(Item item, boolean showDate, LocalDate sortDate) {
        LocalDate date = item.published() != null ? item.published().toLocalDate() : sortDate;
        return new Entry(item, null, item.title(), date, showDate && item.published() != null);
    }

    static Entry external(String url, String title, LocalDate date) {
        return new Entry(null, url, title, date, true);
    }

    boolean isExternal() {
        return item == null;
    }

    /** The path (or URL, for external entries) the entry links to. */
    String target() {
        return isExternal() ? externalUrl : item.path();
    }
}
