package io.github.govaudit.page;

import java.time.LocalDate;

/**
 * The metadata table of a government information disclosure (信息公开) document.
 *
 * @param indexNo 索引号
 * @param publisher 发布机构 / 发文机关
 * @param writtenDate 成文日期 (when the document was written; never the publish date)
 * @param publishDate 发布日期 / 公开日期
 * @param docNo 文号
 */
public record Disclosure(
    String indexNo, String publisher, LocalDate writtenDate, LocalDate publishDate, String docNo) {}
