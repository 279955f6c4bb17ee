package io.github.govaudit.page;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Category hints in URL folders, used only when a page names no column: 信息公开 folders
 * ({@code /xxgk/}, {@code /zfxxgk/}, {@code /gkml/}) and the pinyin initials CMS templates use for
 * news ({@code gzdt} 工作动态, {@code tzgg} 通知公告) and overview ({@code jggk} 机构概况) columns.
 */
final class UrlCategories {

  private static final Pattern DISCLOSURE =
      Pattern.compile("(?i)/(?:xxgk|zfxxgk|gkml|xxgkml|govinfo|zfxxgkml|xxgkzl|gk/|public/|openness|zwgk/xxgk|fdzdgknr)");
  private static final Pattern NEWS =
      Pattern.compile("(?i)/(?:gzdt|zwdt|xwdt|xwzx|tzgg|gsgg|ywdt|bmdt|jcdt|sxdt|xqdt|news|xwfb|ldhd|zwyw|yw|tpxw|jrtt|zxdt|dtxx|xwzx)(?:/|_|\\.|$)");
  private static final Pattern OVERVIEW =
      Pattern.compile("(?i)/(?:jggk|jgzn|zyzz|ldxx|ldzc|ldjs|nsjg|zsdw|jgsz|zzjg|lxfs|about|bmgk|dwgk|qqgk|sqgk|xqgk|zjxx|zjgk)(?:/|_|\\.|$)");

  private static final Pattern SCHEME_AND_HOST = Pattern.compile("^[a-zA-Z]+://[^/]+");

  /** The category the URL's folders suggest, if any. */
  Optional<Category> of(String url) {
    String path = SCHEME_AND_HOST.matcher(url).replaceFirst("");
    if (DISCLOSURE.matcher(path).find()) {
      return Optional.of(Category.DISCLOSURE);
    }
    if (NEWS.matcher(path).find()) {
      return Optional.of(Category.NEWS);
    }
    if (OVERVIEW.matcher(path).find()) {
      return Optional.of(Category.OVERVIEW);
    }
    return Optional.empty();
  }
}
