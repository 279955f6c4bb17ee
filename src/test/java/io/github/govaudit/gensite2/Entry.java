package io.github.govaudit.gensite2;

/**
 * One line of a column list.
 *
 * @param item the item the line links to
 * @param dateInList whether the list prints the item's date next to it
 * @param cutTitle whether the list cuts the title with … and keeps the full title in {@code title=}
 */
record Entry(Item item, boolean dateInList, boolean cutTitle) {}
