package io.github.govaudit.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MessageListTest {
  private final MessageList reader = new MessageList();

  private static final String TRS_TABLE = """
      <html><head><meta charset="gbk"><title>领导信箱</title></head><body>
      <table class="xx"><tr><th>标题</th><th>留言时间</th><th>回复时间</th><th>状态</th></tr>
      <tr><td><a href="./t1.html">关于道路维修的建议</a></td><td>2025-01-28</td><td>2025-02-03</td><td>已回复</td></tr>
      <tr><td><a href="./t2.html">小区停车问题</a></td><td>2025-03-01</td><td></td><td>办理中</td></tr>
      <tr><td><a href="./t3.html">去年的留言</a></td><td>2024-12-30</td><td>2025-01-05</td><td>已回复</td></tr>
      </table></body></html>""";

  private static final String HANWEB_LI = """
      <html><body><ul class="list">
      <li><a href="/jact/front/mailpubdetail.do?transactId=1">咨询社保缴费</a>
        <span>留言时间：2025-05-10</span><span>回复时间：2025-06-09</span></li>
      <li><a href="/jact/front/mailpubdetail.do?transactId=2">咨询户籍</a>
        <span>留言时间：2025-07-01</span><span>状态：未回复</span></li>
      </ul></body></html>""";

  private static final String ITEM = """
      <html><head><title>关于路灯的咨询</title></head><body>
      <p>留言时间：2025年8月30日</p><p>留言内容：路灯不亮。</p>
      <p>答复时间：2025年9月2日</p><p>办理状态：已办结</p></body></html>""";

  private Document gbk(String html, String url) throws Exception {
    byte[] bytes = html.getBytes(Charset.forName("GBK"));
    return Jsoup.parse(new ByteArrayInputStream(bytes), "GBK", url);
  }

  @Test
  void gbkTableListGivesEachDatedMessageWithItsReplyAndLink() throws Exception {
    List<Message> messages = reader.fromList(gbk(TRS_TABLE, "http://www.x.gov.cn/ldxx/index.html"));

    assertThat(messages).hasSize(3);
    assertThat(messages.get(0).title()).isEqualTo("关于道路维修的建议");
    assertThat(messages.get(0).url()).isEqualTo("http://www.x.gov.cn/ldxx/t1.html");
    assertThat(messages.get(0).replied()).contains(LocalDate.of(2025, 2, 3));
    assertThat(messages.get(1).replied()).isEmpty();
    assertThat(messages.get(1).concluded()).isFalse();
  }

  @Test
  void handlingDaysCrossAMonthBoundary() throws Exception {
    Message m = reader.fromList(gbk(TRS_TABLE, "http://www.x.gov.cn/ldxx/")).get(0);

    assertThat(m.handlingDays()).contains(6L);
  }

  @Test
  void hanwebListRowsReadLabelledDates() {
    List<Message> messages = reader.fromList(Jsoup.parse(HANWEB_LI, "http://www.x.gov.cn/"));

    assertThat(messages).extracting(Message::asked)
        .containsExactly(LocalDate.of(2025, 5, 10), LocalDate.of(2025, 7, 1));
    assertThat(messages.get(0).handlingDays()).contains(30L);
    assertThat(messages.get(1).concluded()).isFalse();
  }

  @Test
  void itemPagePrintsMessageAndAnswerDates() {
    Optional<Message> m = reader.fromItem(Jsoup.parse(ITEM, "http://www.x.gov.cn/ly/1.html"));

    assertThat(m).hasValueSatisfying(x -> {
      assertThat(x.asked()).isEqualTo(LocalDate.of(2025, 8, 30));
      assertThat(x.replied()).contains(LocalDate.of(2025, 9, 2));
      assertThat(x.concluded()).isTrue();
    });
  }

  @Test
  void pageWithoutMessageDatesGivesNoMessages() {
    Document page = Jsoup.parse("<ul><li><a href='a.html'>新闻</a> 2025-01-01</li></ul>", "http://x/");

    assertThat(reader.fromList(page)).isEmpty();
    assertThat(reader.fromItem(page)).isEmpty();
  }
}
