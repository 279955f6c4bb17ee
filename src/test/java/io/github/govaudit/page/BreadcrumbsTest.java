package io.github.govaudit.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BreadcrumbsTest {

  @ParameterizedTest
  @ValueSource(strings = {"&gt;", "&gt;&gt;", "»", "→", "/"})
  void splitsTheTrailOnEverySeparatorSitesUse(String separator) {
    String html = "<html><body><div class=\"nav\"><a href=\"/\">首页</a><a href=\"/xxgk/\">信息公开</a></div>"
        + "<div class=\"wz\">您现在的位置：<a href=\"/\">首页</a> " + separator
        + " <a href=\"/xxgk/\">信息公开</a> " + separator + " <a href=\"/xxgk/fdzdgknr/\">法定主动公开内容</a> "
        + separator + " <a href=\"/xxgk/fdzdgknr/zcwj/\">政策文件</a></div>"
        + "<div class=\"list\"><ul><li><a href=\"./t20240512_1.html\">关于做好2024年防汛工作的通知</a></li></ul></div>"
        + "</body></html>";
    assertThat(new Breadcrumbs().read(Jsoup.parse(html, "http://x.gov.cn/xxgk/fdzdgknr/zcwj/")))
        .containsExactly("首页", "信息公开", "法定主动公开内容", "政策文件");
  }
}
