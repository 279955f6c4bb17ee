package io.github.govaudit.gensite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A column (栏目) of the designed site: its place in the tree, its list style and the entries
 * it lists. Mutable only while {@link SiteDesigner} builds the model.
 */
final class Column {

    /** How many latest entries a channel page shows from each child column. */
    static final int CHANNEL_BLOCK_SIZE = 6;

    private final int id;
    private final String name;
    private final String folder;
    private final ListStyle style;
    private final ListDate dates;
    private final int pageSize;
    private final Column parent;
    private final List<Column> children = new ArrayList<>();
    private final List<Entry> entries = new ArrayList<>();
    private boolean gbk;
    private boolean declaresCharset = true;
    private boolean pagedByPageNum;

    Column(int id, String name, String folder, ListStyle style, ListDate dates, int pageSize, Column parent) {
        this.id = id;
        this.name = name;
        this.folder = style == ListStyle.HANWEB ? "/col/col" + id + "/" : folder;
        this.style = style;
        this.dates = dates;
        this.pageSize = pageSize;
        this.parent = parent;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    int id() { return id; }
    String name() { return name; }
    String folder() { return folder; }
    ListStyle style() { return style; }
    ListDate dates() { return dates; }
    int pageSize() { return pageSize; }
    Column parent() { return parent; }
    List<Column> children() { return List.copyOf(children); }

    boolean gbk() { return gbk; }
    boolean declaresCharset() { return declaresCharset; }

    /** Makes this column's list pages and home-grown item pages GBK, with or without a meta charset. */
    void encodeAsGbk(boolean declared) {
        this.gbk = true;
        this.declaresCharset = declared;
    }

    /**
     * Makes a Hanweb column page its list the way newer JCMS sites do: each page's datastore holds
     * only that page's records, further pages are {@code index.html?uid=U&pageNum=N}, announced only
     * by {@code totalrecord} and {@code perpage} in the page's scripts.
     */
    void pageByPageNum() {
        if (style != ListStyle.HANWEB) {
            throw new IllegalStateException("only Hanweb columns page by pageNum: " + this);
        }
        this.pagedByPageNum = true;
    }

    boolean pagedByPageNum() { return pagedByPageNum; }

    void add(Entry entry) {
        entries.add(entry);
    }

    /** The path of the first list page. */
    String firstPage() {
        return switch (style) {
            case TRS, HANWEB, CHANNEL, BANNERS -> folder + "index.html";
            case PLAIN_QUERY -> folder + "list.jsp";
            case PLAIN_STATIC -> folder + "list.html";
        };
    }

    /** The entries this column's own list shows, newest first. */
    List<Entry> ownEntries() {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::sortDate).reversed());
        return sorted;
    }

    /** Every entry any page of this column shows: its own, or for a channel the head of each child. */
    List<Entry> listedEntries() {
        if (style == ListStyle.BANNERS) {
            return List.of();
        }
        if (style != ListStyle.CHANNEL) {
            return ownEntries();
        }
        List<Entry> listed = new ArrayList<>();
        for (Column child : children) {
            listed.addAll(child.channelBlock());
        }
        return listed;
    }

    /** The entries a parent channel shows for this column. */
    List<Entry> channelBlock() {
        List<Entry> all = listedEntries();
        return all.subList(0, Math.min(CHANNEL_BLOCK_SIZE, all.size()));
    }

    /** Columns from the top-level column down to this one. */
    List<Column> trail() {
        List<Column> trail = new ArrayList<>();
        for (Column c = this; c != null; c = c.parent) {
            trail.add(0, c);
        }
        return trail;
    }

    /** This column and every column below it. */
    List<Column> subtree() {
        List<Column> all = new ArrayList<>();
        all.add(this);
        for (Column child : children) {
            all.addAll(child.subtree());
        }
        return all;
    }

    boolean hasAncestorNamed(String ancestorName) {
        return trail().stream().anyMatch(c -> c.name.equals(ancestorName));
    }

    @Override
    public String toString() {
        return name + " " + firstPage();
    }
}
