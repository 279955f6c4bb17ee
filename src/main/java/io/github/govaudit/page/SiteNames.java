package io.github.govaudit.page;

import java.util.regex.Pattern;

/** Tells a site's name ("广西壮族自治区教育厅", "XX市人民政府门户网站") from an article or column title. */
final class SiteNames {

  private static final Pattern SITE_WORDS =
      Pattern.compile("网站|门户|官网|政府网|官方网站|信息网|政务网|www\\.|\\.gov\\.cn|\\.cn$|\\.com$");
  /** Names of public bodies; a short title part ending like this names the site's owner. */
  private static final Pattern BODY_ENDINGS =
      Pattern.compile("(?:人民政府|政府|厅|局|委员会|委|办公室|办公厅|人大|政协|法院|检察院|署|总队|支队)$");
  /** Longest name a public body usually has. */
  private static final int MAX_BODY_NAME = 22;
  /** Words of a document title, never of a body's name. */
  private static final Pattern DOCUMENT_WORDS = Pattern.compile("关于|通知|公告|决定|意见|办法|会议|工作|举办|召开");

  private final String declared;

  /** @param declared the meta SiteName, or null */
  SiteNames(String declared) {
    this.declared = declared == null ? "" : Texts.compact(declared);
  }

  /** True when {@code part} of a {@code <title>} is the site's name rather than a page title. */
  boolean isSiteName(String part) {
    String p = Texts.compact(part);
    if (p.isEmpty()) {
      return true;
    }
    if (!declared.isEmpty() && (p.equals(declared) || declared.contains(p) && p.length() >= 4)) {
      return true;
    }
    if (SITE_WORDS.matcher(p).find() && !DOCUMENT_WORDS.matcher(p).find()) {
      return true;
    }
    return BODY_ENDINGS.matcher(p).find() && p.length() <= MAX_BODY_NAME
        && !DOCUMENT_WORDS.matcher(p).find();
  }
}
