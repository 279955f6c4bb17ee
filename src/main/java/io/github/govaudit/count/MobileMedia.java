package io.github.govaudit.count;

import io.github.govaudit.crawl.HostScope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * 移动新媒体: the site's own 微博, 微信 and app accounts, as the links it prints show them
 * (counting-rules.md). Share buttons are not accounts. Post and follower counts are never on the
 * site: the person fills them in; an account shown only as a QR image is left to the person too.
 */
final class MobileMedia {

  private static final Pattern SHARE = Pattern.compile("分享|share", Pattern.CASE_INSENSITIVE);
  private static final Pattern WECHAT = Pattern.compile("微信");
  private static final Pattern APP = Pattern.compile("客户端|(?i:\\bapp\\b)|移动端");

  private MobileMedia() {}

  static Map<String, Field> fill(Site site) {
    Map<String, Field> f = new LinkedHashMap<>();
    f.put("weibo", accounts(site, (url, text) -> isWeibo(url), "微博",
        "links to weibo.com / weibo.cn the site prints"));
    f.put("wechat", accounts(site, (url, text) -> WECHAT.matcher(text).find(), "微信",
        "links labelled 微信 (公众号 pages or QR pages)"));
    f.put("apps", accounts(site, (url, text) -> APP.matcher(text).find(), "移动客户端",
        "links labelled 客户端 / APP"));
    f.put("has_media", hasMedia(f));
    return f;
  }

  /** "yes" when the site links to any account of its own, else left to the person. */
  private static Field hasMedia(Map<String, Field> accounts) {
    List<String> evidence = accounts.values().stream().filter(a -> a.source() == Field.Source.CRAWLED)
        .flatMap(a -> a.evidence().stream()).distinct().toList();
    return evidence.isEmpty()
        ? Field.missing("no 微博 / 微信 / 客户端 account link on the site: tick 是 or 否 by hand")
        : Field.crawled("yes", evidence, "the site links to its own 微博 / 微信 / 客户端 accounts");
  }

  private static boolean isWeibo(String url) {
    String host = HostScope.hostOf(url);
    return host != null && (host.equals("weibo.com") || host.endsWith(".weibo.com") || host.equals("weibo.cn")
        || host.endsWith(".weibo.cn"));
  }

  private static Field accounts(Site site, BiPredicate<String, String> matches, String name, String how) {
    List<Map.Entry<String, String>> found = site.anchors().entrySet().stream()
        .filter(e -> !SHARE.matcher(e.getKey()).find() && !SHARE.matcher(e.getValue()).find())
        .filter(e -> matches.test(e.getKey(), e.getValue()))
        .sorted(Map.Entry.comparingByKey())
        .toList();
    if (found.isEmpty()) {
      return Field.missing("no " + name + " account link on the site (one shown only as a QR image cannot be read)"
          + ": fill in by hand; post and follower counts are not on the site");
    }
    List<String> names = found.stream().map(Map.Entry::getValue).distinct().toList();
    return Field.crawled(String.join("、", names), found.stream().map(Map.Entry::getKey).toList(),
        how + "; post and follower counts are not on the site: fill in by hand");
  }
}
