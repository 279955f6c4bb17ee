package io.github.govaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govaudit.profile.CrawlProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrapGuardTest {

  private static final String DAY = "http://www.qy.gov.cn/calendar/index.html?date=2026-12-0";
  private final CutLog cuts = new CutLog();
  private final TrapGuard guard = new TrapGuard(new CrawlProfile.Limits(0, 5, 1 << 20, 120, 3), cuts);

  @Test
  void daysAndWeeksOfACalendarAreOneFamily() {
    assertThat(UrlPattern.of("http://www.qy.gov.cn/calendar/index.html?date=2026-12-04"))
        .isEqualTo(UrlPattern.of("http://www.qy.gov.cn/calendar/index.html?date=2026-12-05&view=week"))
        .isEqualTo("www.qy.gov.cn/calendar/index.html");
  }

  @Test
  void aListsPagesAndTheirSortOrdersAreOneFamily() {
    assertThat(UrlPattern.of("http://www.qy.gov.cn/news/list_12.html"))
        .isEqualTo(UrlPattern.of("http://www.qy.gov.cn/news/list_3.html?sort=title&order=asc"))
        .isEqualTo(UrlPattern.familyOf("http://www.qy.gov.cn/news/list.html"))
        .isEqualTo("www.qy.gov.cn/news/list.html");
    assertThat(UrlPattern.of("http://www.qy.gov.cn/news/list.html")).as("nothing in it varies").isNull();
  }

  @Test
  void aPatternThatOnlyLeadsToItselfStopsAtItsBudget() {
    int fetched = 0;
    for (int d = 1; d <= 9; d++) {
      String next = DAY + d;
      String spends = TrapGuard.spendingPattern(next, DAY + (d - 1));
      if (guard.mayFetch(next, spends)) {
        fetched++;
        guard.yielded(spends, 0);
      }
    }
    assertThat(fetched).isEqualTo(3);
    assertThat(cuts.cuts()).singleElement().satisfies(c -> {
      assertThat(c.rule()).isEqualTo("pattern_budget");
      assertThat(c.pattern()).isEqualTo("www.qy.gov.cn/calendar/index.html");
      assertThat(c.count()).isEqualTo(6);
    });
  }

  @Test
  void aPatternWhosePagesKeepYieldingNewLinksGoesOn() {
    String page = "http://www.qy.gov.cn/news/list.jsp?page=";
    int fetched = 0;
    for (int n = 2; n <= 40; n++) {
      String spends = TrapGuard.spendingPattern(page + n, page + (n - 1));
      if (guard.mayFetch(page + n, spends)) {
        fetched++;
        guard.yielded(spends, 15); // the entries of a real list page
      }
    }
    assertThat(fetched).isEqualTo(39);
    assertThat(cuts.cuts()).isEmpty();
  }

  @Test
  void aListsOwnPagesSpendItsBudgetButItsEntriesDoNot() {
    assertThat(TrapGuard.spendingPattern("http://www.qy.gov.cn/news/list.jsp?page=2",
        "http://www.qy.gov.cn/news/list.jsp")).isEqualTo("www.qy.gov.cn/news/list.jsp");
    assertThat(TrapGuard.spendingPattern("http://www.qy.gov.cn/content/1002.html",
        "http://www.qy.gov.cn/news/list.jsp?page=2")).isNull();
    assertThat(TrapGuard.spendingPattern("http://www.qy.gov.cn/news/list.jsp",
        "http://www.qy.gov.cn/news/list.jsp?page=2")).as("back to the first page: nothing varies").isNull();
  }

  @Test
  void tooDeepOrTooLongUrlsAreRefusedAndListed() {
    assertThat(guard.admits("http://www.qy.gov.cn/a.html", 5)).isTrue();
    assertThat(guard.admits("http://www.qy.gov.cn/b.html", 6)).isFalse();
    assertThat(guard.admits("http://www.qy.gov.cn/" + "sub/".repeat(40), 2)).isFalse();
    assertThat(cuts.cuts()).extracting(CutLog.Cut::rule).containsExactlyInAnyOrder("max_depth", "max_url_length");
  }

  @Test
  void budgetsSpentInAnEarlierRunCarryOver() {
    String spends = TrapGuard.spendingPattern(DAY + 2, DAY + 1);
    for (int d = 1; d <= 3; d++) {
      guard.mayFetch(DAY + d, spends);
    }
    TrapGuard later = new TrapGuard(new CrawlProfile.Limits(0, 5, 1 << 20, 120, 3), new CutLog());
    later.restore(guard.spent());
    assertThat(later.mayFetch(DAY + 4, spends)).isFalse();
  }

  @Test
  void aPatternThatSpentItsBudgetInAFinishedPassGoesOnInTheNextOnlyIfItsPagesYieldAgain() {
    String page = "http://www.qy.gov.cn/news/list.jsp?page=";
    for (int n = 2; n <= 4; n++) { // a list's pages, yielding to the end: the budget spent, the pattern alive
      String spends = TrapGuard.spendingPattern(page + n, page + (n - 1));
      assertThat(guard.mayFetch(page + n, spends)).isTrue();
      guard.yielded(spends, 15);
    }
    String spends = TrapGuard.spendingPattern(page + 5, page + 4);

    TrapGuard resumed = new TrapGuard(new CrawlProfile.Limits(0, 5, 1 << 20, 120, 3), new CutLog());
    resumed.restore(guard.spent());
    assertThat(resumed.mayFetch(page + 5, spends)).as("a resumed pass goes on where it was").isTrue();

    List<TrapGuard.Spent> nextPass = guard.spent().stream().map(TrapGuard.Spent::forNextPass).toList();
    TrapGuard unchanged = new TrapGuard(new CrawlProfile.Limits(0, 5, 1 << 20, 120, 3), new CutLog());
    unchanged.restore(nextPass);
    assertThat(unchanged.mayFetch(page + 5, spends)).as("a new pass where nothing yielded").isFalse();

    TrapGuard grown = new TrapGuard(new CrawlProfile.Limits(0, 5, 1 << 20, 120, 3), new CutLog());
    grown.restore(nextPass);
    grown.yielded(spends, 15); // a revalidated page of the list shows new entries
    assertThat(grown.mayFetch(page + 5, spends)).as("a new pass where the list grew").isTrue();
  }
}
