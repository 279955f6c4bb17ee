package io.github.govaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UrlNormalizerTest {

  private final UrlNormalizer normalizer = new UrlNormalizer();

  /** URLs as government CMSs print them, plain and not. */
  private static List<String> urls() {
    List<String> urls = new ArrayList<>(List.of(
        "http://www.gxzf.gov.cn/", "http://www.gxzf.gov.cn", "https://www.gxzf.gov.cn/",
        "http://www.gxzf.gov.cn:80/zwgk/", "https://www.gxzf.gov.cn:443/zwgk/", "http://127.0.0.1:8080/zwdt/",
        "http://127.0.0.1:08080/zwdt/", "http://WWW.GXZF.GOV.CN/zwgk/", "HTTP://www.gxzf.gov.cn/zwgk/",
        "http://www.gxzf.gov.cn/zwgk/../zwdt/index.html", "http://www.gxzf.gov.cn/zwgk/./index.html",
        "http://www.gxzf.gov.cn/zwgk//index.html", "http://www.gxzf.gov.cn/zwgk/index.html#top",
        "http://www.gxzf.gov.cn/zwgk/index.html?b=2&a=1", "http://www.gxzf.gov.cn/zwgk/index.html?",
        "http://www.gxzf.gov.cn/zwgk/index.jsp;jsessionid=0A1B2C3D4E5F",
        "http://www.gxzf.gov.cn/zwgk/%E6%94%BF%E5%8A%A1.html", "http://www.gxzf.gov.cn/zwgk/政务.html",
        "http://www.gxzf.gov.cn/zwgk/a%2fb.html", "http://www.gxzf.gov.cn/~user/index.html",
        "http://www.gxzf.gov.cn/zwgk/..", "http://www.gxzf.gov.cn/zwgk/.", "http://www.gxzf.gov.cn/zwgk/...html",
        "http://www.gxzf..gov.cn/", "http://.gxzf.gov.cn/", "http://user@www.gxzf.gov.cn/",
        "http://www.gxzf.gov.cn./zwgk/", "http://[::1]:8080/zwdt/", "ftp://www.gxzf.gov.cn/pub/",
        "http://www.gxzf.gov.cn/zwgk/index.html ", "http://www.gxzf.gov.cn:/zwgk/",
        "http://xn--fiqs8s.gov.cn/zwgk/", "http://www.gxzf.gov.cn/zwgk/jcxxgk/zcjd/index_12.html"));
    for (String column : List.of("zwdt/gzdt", "zwgk/zfxxgk/fdzdgknr", "jggk/ldxx", "hdjl/zjdc")) {
      for (int i = 0; i < 50; i++) {
        urls.add("http://sthjt.gxzf.gov.cn/" + column + "/2026" + String.format("%02d", i % 12 + 1) + "/t2026"
            + String.format("%02d%02d", i % 12 + 1, i % 28 + 1) + "_" + (100_000 + i * 37) + ".html");
        urls.add("https://www.nanning.gov.cn/" + column + "/index_" + i + ".htm");
        urls.add("http://www.hezhou.gov.cn/" + column + "/art/2026/" + i + "/art_" + (2600 + i) + "_" + i + ".html");
      }
    }
    return urls;
  }

  @Test
  void aUrlTakenAsPlainIsExactlyWhatTheFullNormalisationMakesOfIt() {
    int plain = 0;
    for (String url : urls()) {
      if (UrlNormalizer.isPlain(url)) {
        plain++;
        assertThat(normalizer.fully(url)).as(url).isEqualTo(url);
      }
    }
    assertThat(plain).as("plain URLs among the examples").isGreaterThan(600);
  }

  @Test
  void urlsThatNeedWorkAreNotTakenAsPlain() {
    for (String url : urls()) {
      if (!normalizer.fully(url).equals(url)) {
        assertThat(UrlNormalizer.isPlain(url)).as(url).isFalse();
      }
    }
    assertThat(normalizer.normalize("http://WWW.GXZF.GOV.CN:80/zwgk/../zwdt/index.html#top"))
        .hasValue("http://www.gxzf.gov.cn/zwdt/index.html");
  }
}
