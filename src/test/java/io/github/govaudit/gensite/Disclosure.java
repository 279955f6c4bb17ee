package io.github.govaudit.gensite;

import java.time.LocalDate;

/**
 * The metadata table of a disclosure document (索引号, 发文机关, 成文日期, 发布日期 …).
 *
 * @param publishLabel label of the publish-date row (发布日期 or 公开日期)
 * @param writtenLabel label of the written-date row (成文日期, 发文日期 or 印发日期)
 */
record Disclosure(String indexNo, String publisher, String subject, LocalDate written, String docNo,
                  String publishLabel, String writtenLabel) {
}
