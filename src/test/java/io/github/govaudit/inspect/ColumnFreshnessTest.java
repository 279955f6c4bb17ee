package io.github.govaudit.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govaudit.count.Column;
import io.github.govaudit.page.Category;
import io.github.govaudit.page.ListItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Column windows by kind, undated items, future dates, profile decisions and the (a)/(b) veto counts. */
class ColumnFreshnessTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

  private static Column column(String url, List<String> path, Category category, ListItem... items) {
    return new Column(url, path.get(path.size() - 1), path, List.of(url), category, "rules", List.of(), false, false,
        Optional.empty(), List.of(items));
  }

  private static ListItem item(String url, LocalDate date) {
    return new ListItem("标题", url, date, date == null ? null : date.toString());
  }

  private static ColumnFreshness.Result check(List<ColumnKindOverride> overrides, Column... columns) throws Exception {
    return new ColumnFreshness(new RulesetLoader().defaults().ruleset(), overrides).check(List.of(columns), AS_OF);
  }

  @Test
  void aNoticeColumnSixMonthsOldIsFreshAndSevenMonthsOldIsStale() throws Exception {
    var fresh = check(List.of(), column("http://a/tzgg/", List.of("通知公告"), Category.NEWS, item("http://a/1", LocalDate.of(2026, 6, 1))));
    var stale = check(List.of(), column("http://a/tzgg/", List.of("通知公告"), Category.NEWS, item("http://a/1", LocalDate.of(2026, 4, 29))));
    assertThat(fresh.findings()).isEmpty();
    assertThat(stale.findings()).singleElement().satisfies(f -> assertThat(f.threshold()).startsWith("6 months"));
    assertThat(stale.staleA()).isEqualTo(1);
  }

  @Test
  void undatedItemsCountAsNotUpdatedAndSaySo() throws Exception {
    var r = check(List.of(), column("http://a/gzdt/", List.of("工作动态"), Category.NEWS, item("http://a/1", null)));
    assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.detail()).contains("none dated"));
  }

  @Test
  void aDateAfterTheMonitoringPointDoesNotMakeAColumnFresh() throws Exception {
    var r = check(List.of(), column("http://a/gzdt/", List.of("工作动态"), Category.NEWS,
        item("http://a/1", LocalDate.of(2027, 1, 1)), item("http://a/2", LocalDate.of(2026, 10, 1))));
    assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.measured()).startsWith("60 days"));
  }

  @Test
  void aSecondLevelPolicyColumnCountsTowardsVetoBAndAStaticOneIsNeverStale() throws Exception {
    var r = check(List.of(),
        column("http://a/xxgk/zcwj/", List.of("信息公开", "政策文件"), Category.DISCLOSURE, item("http://a/1", LocalDate.of(2025, 1, 1))),
        column("http://a/jgzn/", List.of("机构职能"), Category.OVERVIEW, item("http://a/2", LocalDate.of(2019, 1, 1))));
    assertThat(r.staleA()).isZero();
    assertThat(r.staleB()).isEqualTo(1);
    assertThat(r.findings()).extracting(Finding::url).containsExactly("http://a/xxgk/zcwj/");
  }

  @Test
  void theProfileArchivesAnEndedTopicAndRenamesAKind() throws Exception {
    var r = check(List.of(new ColumnKindOverride("http://a/ztzl/", null, "archived"), new ColumnKindOverride(null, "县情概况", "news")),
        column("http://a/ztzl/2019/", List.of("专题专栏", "2019年专题"), Category.OTHER),
        column("http://a/xqgk/", List.of("县情概况"), Category.OVERVIEW, item("http://a/3", LocalDate.of(2026, 11, 1))));
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.url()).isEqualTo("http://a/xqgk/");
      assertThat(f.threshold()).contains("14 d").contains("profile");
    });
    assertThat(r.blank()).isZero();
  }

  @Test
  void anEmptyListLoadedByScriptIsUnverifiedAndCountsTowardsNoVeto() throws Exception {
    Column empty = column("http://a/gkml/", List.of("公开目录"), Category.DISCLOSURE);
    var r = new ColumnFreshness(new RulesetLoader().defaults().ruleset(), List.of())
        .check(List.of(empty), AS_OF, "http://a/gkml/"::equals, url -> null);
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.check()).isEqualTo("blank_column");
      assertThat(f.verdict()).isEqualTo(Status.UNVERIFIED);
    });
    assertThat(r.blank()).isZero();
  }

  @Test
  void anItemUndatedInItsListIsDatedByItsOwnPage() throws Exception {
    Column c = column("http://a/zwdt/", List.of("政务动态"), Category.NEWS, item("http://a/1", null));
    var r = new ColumnFreshness(new RulesetLoader().defaults().ruleset(), List.of())
        .check(List.of(c), AS_OF, url -> false, url -> LocalDate.of(2026, 11, 25));
    assertThat(r.findings()).isEmpty();
  }
}
