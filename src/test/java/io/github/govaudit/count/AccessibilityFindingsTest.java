package io.github.govaudit.count;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govaudit.features.SiteFeatures;
import io.github.govaudit.page.PageAnalysis;
import io.github.govaudit.page.PageAnalyzer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class AccessibilityFindingsTest {

  private static final String HOME = "http://www.gj.gov.cn/";

  private static Site site(Map<String, String> html) {
    Map<String, PageAnalysis> pages = new LinkedHashMap<>();
    html.forEach((url, body) -> pages.put(url, new PageAnalyzer().analyze(url, Jsoup.parse(body, url))));
    return new Site(null, HOME, pages, Map.of(), Optional.empty(), new MarkTally(), SiteFeatures.NONE,
        Set.of("www.gj.gov.cn"), pages.size(), 0, Map.of(), List.of());
  }

  @Test
  void countsEachFindingOverEveryPageWithExamplePages() {
    String bad = HOME + "old/index.html";
    Site site = site(Map.of(
        HOME, "<html lang=zh-CN><head><title>桂江市人民政府</title></head><body><img src=a.png alt=市徽></body></html>",
        bad, "<html><head></head><body><img src=a.png><img src=b.png><a href=/x></a>"
            + "<form><input name=q></form></body></html>"));

    Field f = Innovation.fill(site).get("accessibility_findings");

    assertThat(f.source()).isEqualTo(Field.Source.CRAWLED);
    assertThat(f.value()).isEqualTo(Map.of("pages_checked", 2, "images_without_alt", 2, "controls_without_label", 1,
        "empty_links", 1, "pages_without_lang", 1, "pages_without_title", 1));
    assertThat(f.evidence()).containsExactly(bad);
    assertThat(f.note()).contains("images without alt: 2 on 1 pages, e.g. " + bad);
  }

  @Test
  void aCleanSiteHasZeroFindingsAndSaysSo() {
    Field f = AccessibilityFindings.of(site(Map.of(HOME,
        "<html lang=zh-CN><head><title>桂江市人民政府</title></head><body><a href=/a>工作动态</a></body></html>")));

    assertThat(f.evidence()).isEmpty();
    assertThat(f.note()).endsWith("nothing found");
  }
}
