package io.github.govaudit.features;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class FeatureReaderTest {

  private static final String HOME = """
      <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>桂江市人民政府门户网站</title>
      <script src="/static/js/jquery.min.js"></script></head><body>
      <div class="top"><a href="/wza/index.html">无障碍浏览</a> | <a href="/zhcs/">长者模式</a> | <a href="http://en.gj.gov.cn/">English</a>
       | <a href="/fanti/">繁體</a> | <a href="https://zwfw.gj.gov.cn/grkj/">个人空间</a> | <a href="https://zwfw.gj.gov.cn/qykj/">企业专属空间</a></div>
      <form action="https://so.gj.gov.cn/jsearch/search.do" method="get" target="_blank">
        <input type="text" name="q" placeholder="请输入关键词"><input type="submit" value="搜索"></form>
      <form action="/hdjl/dc/submit" method="post"><input name="opinion"><input type="submit" value="提交"></form>
      <div class="footer"><a href="/wzdt/">网站地图</a> <a href="/lxwm/">联系我们</a></div>
      <script src="https://wza.cniil.com/js/cniil-wza.js"></script></body></html>""";

  private final FeatureReader reader = new FeatureReader();

  private static Document home() {
    return Jsoup.parse(HOME, "http://www.gj.gov.cn/");
  }

  @Test
  void findsTheSearchFormButNotAnOpinionForm() {
    assertThat(reader.read(home()).search()).extracting(SiteFeatures.Entry::url)
        .containsExactly("https://so.gj.gov.cn/jsearch/search.do");
  }

  @Test
  void findsAccessibilityLinksAndTheToolbarScript() {
    assertThat(reader.read(home()).accessibility()).extracting(SiteFeatures.Entry::url).containsExactly(
        "http://www.gj.gov.cn/wza/index.html", "http://www.gj.gov.cn/zhcs/", "https://wza.cniil.com/js/cniil-wza.js");
    assertThat(reader.read(home()).accessibility().get(2).script()).isTrue();
  }

  @Test
  void findsLanguageVersionsAndPersonalSpaces() {
    SiteFeatures f = reader.read(home());
    assertThat(f.languages()).extracting(SiteFeatures.Entry::label).containsExactly("English", "繁體");
    assertThat(f.personal()).extracting(SiteFeatures.Entry::label).containsExactly("个人空间", "企业专属空间");
  }

  @Test
  void aPlainPageOffersNothing() {
    Document d = Jsoup.parse("<html><body><p>联系我们</p><a href=\"/about/\">关于我们</a></body></html>", "http://x.gov.cn/");
    assertThat(reader.read(d)).isEqualTo(SiteFeatures.NONE);
  }
}
