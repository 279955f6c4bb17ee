package io.github.govaudit.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govaudit.count.Column;
import io.github.govaudit.count.MarkTally;
import io.github.govaudit.count.Site;
import io.github.govaudit.crawl.Link;
import io.github.govaudit.features.SiteFeatures;
import io.github.govaudit.page.Category;
import io.github.govaudit.page.ListItem;
import io.github.govaudit.store.CrawlRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The home page's newest dated item, a navigation portal judged by its columns, future dates left out. */
class HomeFreshnessTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
  private static final Site SITE = new Site(new CrawlRecord("", "http://a.gov.cn/", List.of("a.gov.cn"), 0, "", "", "", ""),
      "http://a.gov.cn/", Map.of(), Map.of(), Optional.empty(), new MarkTally(), SiteFeatures.NONE, Set.of("a.gov.cn"), 0, 0,
      Map.of(), List.of());

  private static Column news(ListItem... items) {
    return new Column("http://a.gov.cn/xw/", "新闻", List.of("新闻"), List.of("http://a.gov.cn/xw/"), Category.NEWS, "rules",
        List.of(), false, false, Optional.empty(), List.of(items));
  }

  private static ListItem item(String url, LocalDate d) {
    return new ListItem("标题", url, d, d.toString());
  }

  private static Optional<Finding> check(Column c, List<Link> homeLinks) throws Exception {
    return new HomeFreshness(new RulesetLoader().defaults().ruleset()).check(SITE, List.of(c), homeLinks, AS_OF);
  }

  @Test
  void aHomePageWhoseNewestItemIs29DaysOldFails() throws Exception {
    Column c = news(item("http://a.gov.cn/xw/1.html", LocalDate.of(2026, 11, 1)),
        item("http://a.gov.cn/xw/2.html", LocalDate.of(2027, 1, 1)));
    Optional<Finding> f = check(c, List.of(new Link("http://a.gov.cn/xw/1.html", "旧闻"), new Link("http://a.gov.cn/xw/2.html", "未来")));
    assertThat(f).get().satisfies(x -> {
      assertThat(x.verdict()).isEqualTo(Status.FAIL);
      assertThat(x.measured()).startsWith("29 days");
      assertThat(x.evidence()).extracting(Finding.Evidence::url).containsExactly("http://a.gov.cn/xw/1.html");
    });
  }

  @Test
  void aNavigationPortalIsJudgedByTheColumnsItLinksTo() throws Exception {
    Column c = news(item("http://a.gov.cn/xw/3.html", LocalDate.of(2026, 11, 28)));
    assertThat(check(c, List.of(new Link("http://a.gov.cn/xw/", "新闻")))).isEmpty();
    assertThat(check(c, List.of(new Link("http://a.gov.cn/other/", "其他")))).get()
        .satisfies(x -> assertThat(x.measured()).isEqualTo("no dated item"));
  }
}
