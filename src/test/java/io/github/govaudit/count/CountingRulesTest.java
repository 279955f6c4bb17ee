package io.github.govaudit.count;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govaudit.page.CategoryRules;
import io.github.govaudit.page.InterpretationKind;
import io.github.govaudit.profile.CrawlProfile.ColumnOverride;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report fields of a small site, by counting-rules.md. */
class CountingRulesTest {

  private static final String HOST = SiteFixture.HOST;
  private final CategoryRules rules = CategoryRules.defaults();

  private Map<String, Map<String, Field>> report(SiteFixture f, List<ColumnOverride> overrides) {
    Site site = f.site();
    WorkReportBuilder builder = new WorkReportBuilder(rules, overrides);
    return builder.build(site, builder.count(site), 2026, java.util.Optional.empty()).sections();
  }

  private static int value(Map<String, Map<String, Field>> sections, String section, String field) {
    return (Integer) sections.get(section).get(field).value();
  }

  @Test
  void subColumnsOfATopicNamedAsATopicAreOneTopic() {
    SiteFixture f = new SiteFixture()
        .add("/ztzl/xczx/gzdt/index.html", SiteFixture.list("首页 &gt; 乡村振兴专题 &gt; 工作动态", "工作动态",
            "./202606/t20260601_1.html|全省乡村振兴重点帮扶县工作推进会召开|2026-06-01",
            "./202605/t20260502_2.html|示范县乡村产业发展观摩活动举行|2026-05-02"))
        .add("/ztzl/xczx/zcjd/index.html", SiteFixture.list("首页 &gt; 乡村振兴专题 &gt; 政策解读", "政策解读",
            "./202604/t20260410_3.html|《乡村振兴促进条例》解读|2026-04-10",
            "./202509/t20250912_4.html|乡村振兴金融支持政策解读|2025-09-12"));
    Map<String, Map<String, Field>> s = report(f, List.of());
    assertThat(value(s, "topics", "maintained")).isEqualTo(1);
    assertThat(value(s, "topics", "new")).as("its first item is from 2025").isZero();
  }

  @Test
  void aListedEntryThatRedirectsIsCountedOnceWithThePageItLandsOn() {
    SiteFixture f = new SiteFixture()
        .add("/zwdt/gzdt/index.html", SiteFixture.list("首页 &gt; 政务动态 &gt; 工作动态", "工作动态",
            "/zwdt/gzdt/old/881.html|全省生态环境执法大练兵活动启动|2026-05-12",
            "/zwdt/gzdt/202604/t20260420_870.html|示范省召开大气污染防治工作推进会|2026-04-20"))
        .add("/zwdt/tzgg/index.html", SiteFixture.list("首页 &gt; 政务动态 &gt; 通知公告", "通知公告",
            "/zwdt/gzdt/202605/t20260512_881.html|全省生态环境执法大练兵活动启动|2026-05-12",
            "/zwdt/tzgg/202603/t20260302_77.html|关于开展排污许可证质量核查的通知|2026-03-02"))
        .redirect("/zwdt/gzdt/old/881.html", "/zwdt/gzdt/202605/t20260512_881.html");
    Map<String, Map<String, Field>> s = report(f, List.of());
    assertThat(value(s, "info_publishing", "total")).isEqualTo(3);
    assertThat(s.get("info_publishing").get("total").evidence())
        .contains(HOST + "/zwdt/gzdt/202605/t20260512_881.html")
        .doesNotContain(HOST + "/zwdt/gzdt/old/881.html");
  }

  @Test
  void aReviewedOverrideDecidesWhetherAColumnHoldsInterpretations() {
    SiteFixture f = new SiteFixture()
        .add("/zcjd/index.html", SiteFixture.list("首页 &gt; 政策解读", "政策解读",
            "./202603/t20260310_5.html|示范省河湖长制工作要点|2026-03-10",
            "./202509/t20250920_3.html|示范省排污权交易办法|2025-09-20"))
        .add("/wdjd/index.html", SiteFixture.list("首页 &gt; 政策问答", "政策问答",
            "./202604/t20260415_6.html|排污许可管理办法有关问题答复|2026-04-15",
            "./202510/t20251011_2.html|环评审批有关问题答复|2025-10-11"));
    assertThat(value(report(f, List.of()), "interpretation", "total")).isEqualTo(1);
    List<ColumnOverride> swap = List.of(
        new ColumnOverride(null, "政策解读", null, null, false, null),
        new ColumnOverride(HOST + "/wdjd/", null, null, null, true, null));
    Map<String, Map<String, Field>> s = report(f, swap);
    assertThat(s.get("interpretation").get("total").evidence())
        .containsExactly(HOST + "/wdjd/202604/t20260415_6.html");
    assertThat(value(s, "interpretation", "materials")).isEqualTo(1);
  }

  @Test
  void overlapCountsItemsInMoreThanOneCategoryNotTwoColumnsOfOne() {
    SiteFixture f = new SiteFixture()
        .add("/zwdt/gzdt/index.html", SiteFixture.list("首页 &gt; 政务动态 &gt; 工作动态", "工作动态",
            "/a/1.html|全省生态环境系统安全生产工作会议召开|2026-02-01",
            "/a/2.html|示范省生态环境厅召开党组会议|2026-02-03"))
        .add("/zwdt/tzgg/index.html", SiteFixture.list("首页 &gt; 政务动态 &gt; 通知公告", "通知公告",
            "/a/2.html|示范省生态环境厅召开党组会议|2026-02-03",
            "/a/3.html|关于征集生态环境科技项目的通知|2026-02-05"))
        .add("/xxgk/gzdt/index.html", SiteFixture.list("首页 &gt; 信息公开 &gt; 工作动态", "工作动态",
            "/a/1.html|全省生态环境系统安全生产工作会议召开|2026-02-01",
            "/a/4.html|2025年度政府信息公开工作年度报告|2025-12-30"));
    Map<String, Map<String, Field>> s = report(f, List.of());
    assertThat(value(s, "info_publishing", "total")).isEqualTo(3);
    assertThat(value(s, "info_publishing", "news_updates")).isEqualTo(3);
    assertThat(value(s, "info_publishing", "disclosure_updates")).isEqualTo(1);
    assertThat(value(s, "info_publishing", "overlap")).isEqualTo(1);
    assertThat(rules.kindOf(List.of("政策解读", "图解"), "一图读懂排污许可", null, null))
        .isEqualTo(InterpretationKind.PRODUCT);
  }

  private static String article(String crumbs, String title, String date) {
    return "<html><head><title>" + title + "</title><meta name=\"ArticleTitle\" content=\"" + title + "\"></head><body>"
        + "<div class=\"location\">当前位置：" + crumbs + "</div><div class=\"article\"><h1>" + title + "</h1>"
        + "<div class=\"info\">发布时间：" + date + "</div><div class=\"content\"><p>"
        + "为进一步做好相关工作，现将有关情况说明如下，请各单位结合实际认真贯彻落实。</p></div></div></body></html>";
  }

  @Test
  void aPageInASinglePageColumnCountsButAPageInNoColumnDoesNot() {
    SiteFixture f = new SiteFixture()
        .add("/jggk/zyzz/202602/t20260226_2001.html",
            article("<a href=\"/\">首页</a> &gt; <a href=\"/jggk/\">机构概况</a> &gt; <a href=\"/jggk/zyzz/\">主要职责</a>",
                "示范省生态环境厅主要职责", "2026-02-26"))
        .add("/content/97341.html", article("<a href=\"/\">首页</a> &gt; 正文", "全市生态环境质量持续改善", "2026-03-01"));
    Map<String, Map<String, Field>> s = report(f, List.of());
    assertThat(s.get("info_publishing").get("total").evidence())
        .containsExactly(HOST + "/jggk/zyzz/202602/t20260226_2001.html");
    assertThat(value(s, "info_publishing", "overview_updates")).isEqualTo(1);
  }
}
