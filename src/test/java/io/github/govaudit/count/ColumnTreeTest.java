package io.github.govaudit.count;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govaudit.page.Category;
import io.github.govaudit.page.CategoryRules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How list pages become columns, and what the columns' entries count as. */
class ColumnTreeTest {

  private static final String HOST = SiteFixture.HOST;
  private final SiteFixture fixture = new SiteFixture();

  private static String list(String crumbs, String heading, String... entries) {
    return SiteFixture.list(crumbs, heading, entries);
  }

  private void add(String path, String html) {
    fixture.add(path, html);
  }

  private Site site() {
    return fixture.site();
  }

  private List<Column> columns() {
    return new ColumnTree(CategoryRules.defaults(), List.of()).columns(site());
  }

  @Test
  void aColumnInsideTheDisclosureTreeIsDisclosureWhateverItsName() {
    add("/xxgk/fdzdgknr/gzdt/index.html", list("首页 &gt; 信息公开 &gt; 法定主动公开内容 &gt; 工作动态", "工作动态",
        "./202605/t20260512_881.html|全省生态环境执法大练兵活动启动|2026-05-12",
        "./202604/t20260420_870.html|示范省召开大气污染防治工作推进会|2026-04-20"));
    assertThat(columns()).singleElement().satisfies(c -> {
      assertThat(c.category()).isEqualTo(Category.DISCLOSURE);
      assertThat(c.path()).containsExactly("信息公开", "法定主动公开内容", "工作动态");
    });
  }

  @Test
  void withoutABreadcrumbTheNavLinkNamesTheColumnAndTheFolderPlacesIt() {
    fixture.anchor("/zwdt/tzgg/index.html", "通知公告");
    add("/zwdt/tzgg/index.html", list("", "通知公告",
        "/zwdt/tzgg/content/3301.html|关于开展2026年度排污许可证质量核查的通知|2026-03-02",
        "/zwdt/tzgg/content/3288.html|关于公布第二批生态环境导向开发项目的通知|2026-02-11"));
    fixture.anchor("/xxgk/zcwj/index.html", "政策文件");
    add("/xxgk/zcwj/index.html", list("", "政策文件",
        "/xxgk/zcwj/content/901.html|示范省土壤污染防治条例实施细则|2026-01-15",
        "/xxgk/zcwj/content/899.html|示范省生态环境行政处罚裁量基准|2025-12-30"));
    Map<String, Column> byUrl = new HashMap<>();
    columns().forEach(c -> byUrl.put(c.url(), c));
    assertThat(byUrl.get(HOST + "/zwdt/tzgg/index.html").category()).isEqualTo(Category.NEWS);
    assertThat(byUrl.get(HOST + "/xxgk/zcwj/index.html").category()).isEqualTo(Category.DISCLOSURE);
    assertThat(byUrl.get(HOST + "/xxgk/zcwj/index.html").categorySource()).isEqualTo("url");
  }

  @Test
  void theTopicIsTheColumnRightUnderTheTopicSection() {
    add("/ztzl/wrfz/gzdt/index.html", list("首页 &gt; 专题专栏 &gt; 污染防治攻坚战 &gt; 工作动态", "工作动态",
        "./202606/t20260601_12.html|全省污染防治攻坚战推进会召开|2026-06-01",
        "./202605/t20260508_11.html|污染防治攻坚战成效考核启动|2026-05-08"));
    assertThat(columns()).singleElement()
        .satisfies(c -> assertThat(c.topic()).containsExactly("专题专栏", "污染防治攻坚战"));
  }

  @Test
  void columnPagesListedInAnotherListAreNotItems() {
    add("/xxgk/index.html", list("首页 &gt; 信息公开", "信息公开",
        "/xxgk/fdzdgknr/gzdt/index.html|工作动态|2026-05-12",
        "/xxgk/fdzdgknr/zcwj/content/77.html|示范省生态环境保护“十五五”规划|2026-03-20"));
    add("/xxgk/fdzdgknr/gzdt/index.html", list("首页 &gt; 信息公开 &gt; 工作动态", "工作动态",
        "./202605/t20260512_881.html|全省生态环境执法大练兵活动启动|2026-05-12",
        "./202604/t20260420_870.html|示范省召开大气污染防治工作推进会|2026-04-20"));
    ItemIndex items = ItemIndex.build(site(), columns(), CategoryRules.defaults());
    assertThat(items.items()).extracting(Item::url)
        .doesNotContain(HOST + "/xxgk/fdzdgknr/gzdt/index.html")
        .contains(HOST + "/xxgk/fdzdgknr/zcwj/content/77.html");
  }

  @Test
  void seriesKeyDropsThePageNumber() {
    assertThat(ColumnTree.seriesKey(HOST + "/zwdt/gzdt/index_2.html")).isEqualTo(HOST + "/zwdt/gzdt/index.html");
    assertThat(ColumnTree.seriesKey(HOST + "/news/list.jsp?page=3&cid=12")).isEqualTo(HOST + "/news/list.jsp?cid=12");
    assertThat(ColumnTree.seriesKey(HOST + "/news/list.jsp?cid=12&page=3")).isEqualTo(HOST + "/news/list.jsp?cid=12");
  }
}
