package io.github.govaudit.gensite;

import java.util.ArrayList;
import java.util.List;

/**
 * The designed site before rendering: its top-level columns (in nav order), every item, the
 * topic index and the report year the design is built around.
 */
record SiteModel(int year, List<Column> topColumns, Column topicIndex, List<Item> items) {

    SiteModel {
        topColumns = List.copyOf(topColumns);
        items = List.copyOf(items);
    }

    /** Every column, depth first in nav order. */
    List<Column> columns() {
        List<Column> all = new ArrayList<>();
        topColumns.forEach(top -> all.addAll(top.subtree()));
        return all;
    }

    /** How many HTML pages the site renders: home, every list page and every item page. */
    int htmlPages() {
        int pages = 1;
        for (Column column : columns()) {
            pages += Math.max(1, ListPageRenderer.listPagePaths(column).size());
        }
        return pages + (int) items.stream().filter(item -> item.look() != PageLook.ATTACHMENT).count();
    }

    /** The topics: the children of the topic index. */
    List<Column> topics() {
        return topicIndex.children();
    }
}
