package io.github.govaudit.gensite2;

import java.util.List;

/**
 * A column (栏目) of the generated site: its place in the tree, its list style and its entries, newest first.
 *
 * @param name the column name printed in heading, breadcrumb and nav
 * @param trail names of the ancestors under 首页, outermost first
 * @param base folder of the list pages ({@code /xwzx/jcdt/}); for Hanweb the column id as {@code /col/col4521/}
 * @param id numeric id used by Hanweb and dash lists
 * @param style how the list is printed and paged
 * @param category publishing category by the tree position (counting-rules.md)
 * @param topic key of the 专题 this column belongs to, or null
 * @param entries the list lines, newest first
 */
record Column(
    String name,
    List<String> trail,
    String base,
    int id,
    ListStyle style,
    Category category,
    String topic,
    List<Entry> entries) {

  Column {
    trail = List.copyOf(trail);
    entries = List.copyOf(entries);
  }

  /** Names that make a column an interpretation column (counting-rules.md, 解读回应). */
  boolean interpretation() {
    return name.contains("解读") || name.contains("图解") || name.contains("一图读懂");
  }

  boolean hotResponse() {
    return name.equals("回应关切");
  }

  /** A column inside the robots.txt-disallowed folder: the crawler may not read it. */
  boolean blockedByRobots() {
    return base.startsWith(GeneratedMunicipalSite.ROBOTS_DISALLOWED);
  }
}
