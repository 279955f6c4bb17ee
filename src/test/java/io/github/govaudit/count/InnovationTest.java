package io.github.govaudit.count;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govaudit.features.SiteFeatures;
import io.github.govaudit.page.PageAnalysis;
import io.github.govaudit.page.PageAnalyzer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class InnovationTest {

  private static final String WZA = "http://www.gj.gov.cn/wza/index.html";

  private static Site site(SiteFeatures features, Map<String, PageAnalysis> pages) {
    return new Site(null, "http://www.gj.gov.cn/", pages, Map.of(), Optional.empty(), new MarkTally(), features,
        Set.of("www.gj.gov.cn"), pages.size(), 0, Map.of(), List.of());
  }

  private static SiteFeatures accessibility(SiteFeatures.Entry... entries) {
    return new SiteFeatures(List.of(), List.of(entries), List.of(), List.of());
  }

  @Test
  void anAccessibilityLinkWhosePageWasFetchedWorks() {
    PageAnalysis wza = new PageAnalyzer().analyze(WZA,
        Jsoup.parse("<html><body><h1>无障碍浏览说明</h1></body></html>", WZA));
    Field f = Innovation.fill(site(accessibility(new SiteFeatures.Entry(WZA, "无障碍浏览", false)), Map.of(WZA, wza)))
        .get("accessibility");
    assertThat(f.value()).isEqualTo("yes");
    assertThat(f.evidence()).containsExactly(WZA);
  }

  @Test
  void aToolbarScriptOrALinkThatNeverAnsweredIsNotShownToWork() {
    Field f = Innovation.fill(site(accessibility(new SiteFeatures.Entry(WZA, "无障碍浏览", false),
        new SiteFeatures.Entry("https://dead.example.cn/wza.js", "script", true)), Map.of())).get("accessibility");
    assertThat(f.source()).isEqualTo(Field.Source.MISSING);
    assertThat(f.note()).contains(WZA).contains("https://dead.example.cn/wza.js");
  }

  @Test
  void everyRowIsThereAndThoseTheHomePageDoesNotShowAreLeftToAPerson() {
    Map<String, Field> f = Innovation.fill(site(SiteFeatures.NONE, Map.of()));
    assertThat(f.keySet()).containsExactlyElementsOf(NotYetMeasured.INNOVATION);
    assertThat(f.values()).allMatch(v -> v.source() == Field.Source.MISSING);
  }
}
