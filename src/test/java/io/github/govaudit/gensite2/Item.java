package io.github.govaudit.gensite2;

import java.time.LocalDate;

/**
 * One item of the generated site, as the generator designed it.
 *
 * @param url path on the site ({@code /art/2026/5/12/art_4521_88231.html}) or an absolute URL on another host
 * @param title full title
 * @param date the publish date the site gives it, or null when the site gives none anywhere
 * @param dateOnPage whether the item page prints the date (发布时间 / PubDate / 发布日期 row)
 * @param writtenDate 成文日期 of the disclosure table, or null when the page carries no disclosure table
 * @param docNo 文号 of the disclosure table (may be empty)
 * @param source the 来源 printed on the page
 * @param body what the body is mainly made of
 * @param template which CMS renders the page
 */
record Item(
    String url,
    String title,
    LocalDate date,
    boolean dateOnPage,
    LocalDate writtenDate,
    String docNo,
    String source,
    BodyKind body,
    Template template) {

  /** The CMS family that renders an item page. */
  enum Template {
    HANWEB,
    TRS,
    PLAIN,
    GBK,
    ATTACHMENT,
    EXTERNAL
  }

  boolean external() {
    return template == Template.EXTERNAL;
  }

  boolean hasDisclosureTable() {
    return writtenDate != null;
  }
}
