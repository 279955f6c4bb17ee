package io.github.govaudit.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Lists grouped under year headings print only month and day; each group takes its heading's year. */
class YearGroupedListTest {

  private static final String URL = "http://lsj.example.gov.cn/xxgk/fdzdgknr/ghjh/list.html";
  private static final String PAGE = """
      <html><head><title>规划计划_广西壮族自治区林水发展厅</title></head><body>
      <div class="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/xxgk/">信息公开</a></li></ul></div>
      <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/fdzdgknr/">法定主动公开内容</a> &gt; 规划计划</div>
      <div class="list-box">
        <div class="list-title"><h2>规划计划</h2></div>
        <div class="year-title"><h3>2026年</h3></div>
        <ul class="list">
          <li><a href="show-106226.html" title="广西木材加工产业发展规划">广西木材加工产业发展规划</a><em>07-22</em></li>
          <li><a href="P020260302000106619.pdf" title="广西林水发展项目年度投资计划表（PDF）">广西林水发展项目年度投资计划表（PDF）</a><em>03-02</em></li>
        </ul>
        <div class="year-title"><h3>2025年</h3></div>
        <ul class="list">
          <li><a href="P020251120000106635.pdf" title="林水发展重点工程建设计划汇总表（PDF）">林水发展重点工程建设计划汇总表（PDF）</a><em>11-20</em></li>
          <li><a href="show-106313.html" title="广西古树名木保护三年行动计划">广西古树名木保护三年行动计划</a><em>03-19</em></li>
        </ul>
      </div>
      <div class="footer">主办单位：广西壮族自治区林水发展厅 网站标识码：4500000777</div>
      </body></html>""";

  @Test
  void monthDayEntriesTakeTheYearOfTheHeadingAboveTheirGroup() {
    PageAnalysis a = new PageAnalyzer().analyze(URL, Jsoup.parse(PAGE, URL));
    assertThat(a.listItems()).extracting(ListItem::date).containsExactly(
        LocalDate.of(2026, 7, 22), LocalDate.of(2026, 3, 2), LocalDate.of(2025, 11, 20), LocalDate.of(2025, 3, 19));
  }

  @Test
  void aLongListGroupedByYearInBoxesOfItsOwnIsCountedAcrossEveryGroup() {
    String url = "http://www.sfx.example.gov.cn/zwdt/tzgg/index.html";
    StringBuilder groups = new StringBuilder();
    int n = 0;
    for (int year = 2026; year >= 2024; year--) {
      groups.append("<div class=\"year-box\"><h3>").append(year).append("年</h3><table class=\"tb\">");
      for (int i = 0; i < 40; i++, n++) {
        groups.append("<tr><td><a href=\"/zwdt/tzgg/").append(year).append("/art_").append(5000 + n)
            .append(".html\">示范县关于做好第").append(n).append("批防汛抗旱应急物资储备工作的通知</a></td><td>")
            .append(year).append("-").append(String.format("%02d-%02d", i % 12 + 1, i % 27 + 1)).append("</td></tr>");
      }
      groups.append("</table></div>");
    }
    PageAnalysis a = new PageAnalyzer().analyze(url, Jsoup.parse("""
        <html><head><title>通知公告_示范县人民政府</title></head><body>
        <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwdt/">政务动态</a> &gt; 通知公告</div>
        <div class="main">%s</div>
        <div class="footer">主办：示范县人民政府办公室 网站标识码：1234560001</div></body></html>""".formatted(groups), url));
    assertThat(a.pageType()).isEqualTo(PageType.LIST);
    assertThat(a.listItems()).hasSize(120);
    assertThat(a.listItems().get(119).date()).isEqualTo(LocalDate.of(2024, 4, 13));
  }
}
