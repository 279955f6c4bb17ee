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
}
