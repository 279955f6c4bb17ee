package io.github.govaudit.inspect;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a page's first bytes say that its status does not: an anti-bot challenge (瑞数 {@code $_ts},
 * cookie-setting scripts, 安全验证 pages) or a "page not found" page answered with 200 (soft 404).
 */
final class PageSigns {

  /** Markers of WAF / anti-bot challenge pages, matched in the raw markup. */
  private static final List<String> CHALLENGE = List.of("$_ts", "__jsl_clearance", "acw_sc__v2", "cf-browser-verification",
      "challenge-platform", "cf_chl_", "yunsuo_session", "wzws_cid", "安全验证", "人机验证", "滑动验证", "请开启javascript",
      "please enable javascript", "访问验证");

  /** Titles and short bodies of pages that say the page does not exist. */
  private static final Pattern NOT_FOUND = Pattern.compile(
      "(?i)\\b404\\b|not\\s+found|页面不存在|页面未找到|找不到(?:该|您要的)?页面|无法找到(?:该)?页面|页面已删除|您访问的页面不存在|信息不存在|文章不存在");

  private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");
  private static final Pattern TAGS = Pattern.compile("(?s)<script.*?</script>|<style.*?</style>|<[^>]+>");

  /** Visible text below this length with a not-found phrase is a soft 404 even when the title is not. */
  static final int SHORT_PAGE_CHARS = 600;

  private PageSigns() {}

  static boolean isChallenge(String html) {
    String lower = html.toLowerCase(Locale.ROOT);
    return CHALLENGE.stream().anyMatch(m -> lower.contains(m.toLowerCase(Locale.ROOT)));
  }

  static boolean isSoftNotFound(String html) {
    var t = TITLE.matcher(html);
    if (t.find() && NOT_FOUND.matcher(t.group(1)).find()) {
      return true;
    }
    String text = TAGS.matcher(html).replaceAll(" ").replaceAll("\\s+", " ").strip();
    return text.length() < SHORT_PAGE_CHARS && NOT_FOUND.matcher(text).find();
  }

  /** Whether a page title says not found (for pages the crawl stored). */
  static boolean isNotFoundTitle(String title) {
    return title != null && NOT_FOUND.matcher(title).find();
  }
}
