package io.github.govaudit.count;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govaudit.features.SiteFeatures;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MobileMediaTest {

  private static Map<String, Field> mobileMedia(Map<String, String> anchors) {
    Site site = new Site(null, "http://www.gj.gov.cn/", Map.of(), anchors, Optional.empty(), new MarkTally(),
        SiteFeatures.NONE, Set.of("www.gj.gov.cn"), 0, 0, Map.of(), List.of());
    return MobileMedia.fill(site);
  }

  @Test
  void findsTheSitesOwnAccountsButNotItsShareButtons() {
    Map<String, Field> f = mobileMedia(Map.of(
        "https://weibo.com/gjszf", "桂江发布",
        "http://service.weibo.com/share/share.php?url=http://www.gj.gov.cn/a.html", "新浪微博",
        "http://www.gj.gov.cn/wzfw/wxgzh/", "微信公众号",
        "http://www.gj.gov.cn/wzfw/app/", "桂江政务客户端"));
    assertThat(f.get("weibo").value()).isEqualTo("桂江发布");
    assertThat(f.get("weibo").evidence()).containsExactly("https://weibo.com/gjszf");
    assertThat(f.get("wechat").value()).isEqualTo("微信公众号");
    assertThat(f.get("apps").value()).isEqualTo("桂江政务客户端");
  }

  @Test
  void anAccountTheSiteDoesNotLinkIsLeftToAPerson() {
    Map<String, Field> f = mobileMedia(Map.of("http://www.gj.gov.cn/", "首页"));
    assertThat(f.get("weibo").source()).isEqualTo(Field.Source.MISSING);
    assertThat(f.get("wechat").note()).contains("QR");
  }
}
