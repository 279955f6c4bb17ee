package io.github.govaudit.count;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govaudit.features.SiteFeatures;
import io.github.govaudit.page.AccessibilityFacts;
import io.github.govaudit.page.Category;
import io.github.govaudit.page.ConsultationFacts;
import io.github.govaudit.page.DateSource;
import io.github.govaudit.page.PageAnalysis;
import io.github.govaudit.page.PageType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsultationOutcomeTest {

  private static final String COLUMN = "http://www.gj.gov.cn/hdjl/yjzj/";

  private static Item consultation(String url) {
    return new Item(url, "关于公开征求意见的公告", LocalDate.of(2026, 4, 1), DateSource.LIST, List.of(COLUMN), true,
        Set.of(), null, false, Set.of());
  }

  private static Site siteWith(Map<String, ConsultationFacts> printed) {
    Map<String, PageAnalysis> pages = new LinkedHashMap<>();
    printed.forEach((url, facts) -> pages.put(url, new PageAnalysis(url, PageType.ITEM, "t", LocalDate.of(2026, 4, 1),
        DateSource.META, "意见征集", List.of(), Category.OTHER, null, List.of(), null, null, Map.of(), null, null, null,
        AccessibilityFacts.NONE, facts)));
    return new Site(null, "http://www.gj.gov.cn/", pages, Map.of(), Optional.empty(), new MarkTally(),
        SiteFeatures.NONE, Set.of("www.gj.gov.cn"), 0, 0, Map.of(), List.of());
  }

  @Test
  void whenNoConsultationPrintsAFigureTheRowsStayMissingWithTheReason() {
    String a = COLUMN + "t1.html";
    String b = COLUMN + "t2.html";
    Map<String, Field> f = ConsultationOutcome.count(List.of(consultation(a), consultation(b)),
        siteWith(Map.of(a, ConsultationFacts.NONE, b, ConsultationFacts.NONE)), 2026);
    assertThat(f.get("consultation_opinions").source()).isEqualTo(Field.Source.MISSING);
    assertThat(f.get("consultation_opinions").note()).contains("none of the 2 consultations of 2026 prints");
    assertThat(f.get("consultation_participants").source()).isEqualTo(Field.Source.MISSING);
    assertThat(f.get("consultation_results_published").source()).isEqualTo(Field.Source.MISSING);
    assertThat(f.get("consultation_results_published").note()).contains("cannot be tied to its consultation");
  }

  @Test
  void aZeroPrintedIsAFigureAndCounts() {
    String a = COLUMN + "t1.html";
    Map<String, Field> f = ConsultationOutcome.count(List.of(consultation(a)),
        siteWith(Map.of(a, new ConsultationFacts(0, -1, null))), 2026);
    assertThat(f.get("consultation_opinions").value()).isEqualTo(0L);
    assertThat(f.get("consultation_opinions").source()).isEqualTo(Field.Source.CRAWLED);
  }

  @Test
  void aYearWithoutConsultationsReceivedNothing() {
    Map<String, Field> f = ConsultationOutcome.count(List.of(), siteWith(Map.of()), 2026);
    assertThat(f.get("consultation_opinions").value()).isEqualTo(0);
    assertThat(f.get("consultation_results_published").value()).isEqualTo(0);
  }

  @Test
  void withoutAConsultationColumnTheRowsAreLeftToAPerson() {
    assertThat(ConsultationOutcome.unknown("the site shows no 征集调查 column").values())
        .allMatch(field -> field.source() == Field.Source.MISSING);
  }
}
