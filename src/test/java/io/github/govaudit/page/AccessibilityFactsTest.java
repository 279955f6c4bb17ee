package io.github.govaudit.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class AccessibilityFactsTest {

  private static final String URL = "http://www.gj.gov.cn/zwdt/index.html";

  private static AccessibilityFacts facts(String html) {
    return AccessibilityFacts.of(Jsoup.parse(html, URL));
  }

  @Test
  void countsImagesWithoutAltButNotDecorativeOnes() {
    AccessibilityFacts f = facts("<html lang=zh-CN><head><title>t</title></head><body>"
        + "<img src=a.png><img src=b.png alt=''><img src=c.png alt='市徽'><img src=d.png></body></html>");

    assertThat(f.imagesWithoutAlt()).isEqualTo(2);
  }

  @Test
  void countsFormControlsNoScreenReaderCanName() {
    AccessibilityFacts f = facts("<html lang=zh-CN><head><title>t</title></head><body><form>"
        + "<input name=q><input type=hidden name=h><input type=submit value=搜索>"
        + "<label for=kw>关键词</label><input id=kw name=kw><label>姓名 <input name=n></label>"
        + "<input name=t title=标题><input name=p placeholder=请输入><select name=s></select><textarea></textarea>"
        + "</form></body></html>");

    assertThat(f.controlsWithoutLabel()).isEqualTo(3); // q, the select and the textarea
  }

  @Test
  void countsLinksWithoutTextButNotImageLinksWithAlt() {
    AccessibilityFacts f = facts("<html lang=zh-CN><head><title>t</title></head><body>"
        + "<a href=/a></a><a href=/b> </a><a href=/c><img src=x.png></a><a href=/d><img src=y.png alt=首页></a>"
        + "<a href=/e aria-label=关闭></a><a href=/f>工作动态</a><a name=top></a></body></html>");

    assertThat(f.emptyLinks()).isEqualTo(3);
  }

  @Test
  void seesAPageWithoutLangOrTitle() {
    assertThat(facts("<html><head></head><body><p>x</p></body></html>"))
        .isEqualTo(new AccessibilityFacts(0, 0, 0, false, false));
    assertThat(facts("<html lang='zh-CN'><head><title>工作动态</title></head><body></body></html>"))
        .isEqualTo(AccessibilityFacts.NONE);
  }

  @Test
  void theFactsSurviveTheStoredAnalysis() {
    PageAnalysis a = new PageAnalyzer().analyze(URL, Jsoup.parse(
        "<html><head><title>工作动态</title></head><body><img src=a.png><a href=/x></a></body></html>", URL));
    PageAnalysisCodec codec = new PageAnalysisCodec();

    PageAnalysis back = codec.decode(codec.encode(a));

    assertThat(back.accessibility()).isEqualTo(new AccessibilityFacts(1, 0, 1, false, true));
    assertThat(back).isEqualTo(a);
  }
}
