package io.github.govaudit.count;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govaudit.features.SiteFeatures;
import io.github.govaudit.page.AccessibilityFacts;
import io.github.govaudit.page.Category;
import io.github.govaudit.page.ConsultationFacts;
import io.github.govaudit.page.DateSource;
import io.github.govaudit.page.InterviewFacts;
import io.github.govaudit.page.PageAnalysis;
import io.github.govaudit.page.PageType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InterviewOutcomeTest {

  private static final String COLUMN = "http://www.gj.gov.cn/hdjl/zxft/";

  private static Item interview(String url) {
    return new Item(url, "在线访谈", LocalDate.of(2026, 4, 1), DateSource.LIST, List.of(COLUMN), true,
        Set.of(), null, false, Set.of());
  }

  private static Site siteWith(Map<String, InterviewFacts> printed) {
    Map<String, PageAnalysis> pages = new LinkedHashMap<>();
    printed.forEach((url, facts) -> pages.put(url, new PageAnalysis(url, PageType.ITEM, "t", LocalDate.of(2026, 4, 1),
        DateSource.META, "在线访谈", List.of(), Category.OTHER, null, List.of(), null, null, Map.of(), null, null, null,
        AccessibilityFacts.NONE, ConsultationFacts.NONE, facts)));
    return new Site(null, "http://www.gj.gov.cn/", pages, Map.of(), Optional.empty(), new MarkTally(),
        SiteFeatures.NONE, Set.of("www.gj.gov.cn"), 0, 0, Map.of(), List.of());
  }

  @Test
  void whenNoInterviewPrintsAFigureTheRowsStayMissingWithTheReason() {
    String a = COLUMN + "t1.html";
    String b = COLUMN + "t2.html";
    Map<String, Field> f = InterviewOutcome.count(List.of(interview(a), interview(b)),
        siteWith(Map.of(a, InterviewFacts.NONE, b, InterviewFacts.NONE)), 2026);
    assertThat(f.values()).allMatch(field -> field.source() == Field.Source.MISSING);
    assertThat(f.get("interview_questions").note()).contains("none of the 2 interviews of 2026 prints");
  }

  @Test
  void figuresAreSummedOverTheInterviewsPrintingThemAndTheNoteSaysHowMany() {
    String a = COLUMN + "t1.html";
    String b = COLUMN + "t2.html";
    String c = COLUMN + "t3.html";
    Map<String, Field> f = InterviewOutcome.count(List.of(interview(a), interview(b), interview(c)),
        siteWith(Map.of(a, new InterviewFacts(56, 32, 1234, false), b, new InterviewFacts(120, 2, -1, true),
            c, InterviewFacts.NONE)), 2026);
    assertThat(f.get("interview_questions").value()).isEqualTo(176L);
    assertThat(f.get("interview_questions").evidence()).containsExactly(a, b);
    assertThat(f.get("interview_questions").note()).contains("2 of the 3 interviews of 2026").contains("the other 1");
    assertThat(f.get("interview_answers").value()).isEqualTo(34L);
    assertThat(f.get("interview_answers").note()).contains("1 of them print no count");
    assertThat(f.get("interview_viewers").value()).isEqualTo(1234L);
    assertThat(f.get("interview_viewers").evidence()).containsExactly(a);
  }

  @Test
  void aYearWithoutInterviewsHadNoQuestionsAnswersOrViewers() {
    Map<String, Field> f = InterviewOutcome.count(List.of(), siteWith(Map.of()), 2026);
    assertThat(f.values()).allMatch(field -> field.source() == Field.Source.CRAWLED && field.value().equals(0));
    assertThat(f.get("interview_answers").note()).contains("no interview of 2026");
  }

  @Test
  void withoutAnInterviewColumnTheRowsAreLeftToAPerson() {
    assertThat(InterviewOutcome.unknown("the site shows no 在线访谈 column").values())
        .allMatch(field -> field.source() == Field.Source.MISSING);
  }
}
