package io.github.govaudit.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** What online interview (在线访谈) pages print of their figures, read as the crawler reads each item page. */
class InterviewReaderTest {

  private static final String TRS = "http://www.gj.gov.cn/hdjl/zxft/202604/t20260416_207.html";
  private static final String HANWEB = "http://www.gj.gov.cn/art/2026/5/20/art_2395_614022.html";

  private final PageAnalyzer analyzer = new PageAnalyzer();

  private InterviewFacts read(String fixture, String url) {
    return analyzer.analyze(url, Fixtures.page(fixture, url)).interview();
  }

  @Test
  void theQuestionsReceivedAreTheTotalTheBodyPrints() {
    assertThat(read("interview-trs-figures-utf8.html", TRS).questions()).isEqualTo(56); // 共收到网友提问56条
  }

  @Test
  void theQuestionsAnsweredAreReadFromTheirOwnWordsNotTakenForQuestionsReceived() {
    InterviewFacts i = read("interview-trs-figures-utf8.html", TRS);
    assertThat(i.answers()).isEqualTo(32); // 在线回答网友提问32个 (not the 2 answered in the transcript below it)
    assertThat(i.answersCounted()).isFalse();
  }

  @Test
  void aViewCounterInTheArticleInfoLineIsReadWithItsThousandsSeparator() {
    assertThat(read("interview-trs-figures-utf8.html", TRS).viewers()).isEqualTo(1234); // 浏览次数：1,234
  }

  @Test
  void aGbkTranscriptCountsTheNetizenQuestionsAGuestAnswers() {
    InterviewFacts i = read("interview-hanweb-transcript-gbk.html", HANWEB);
    // 清风's question answered by 【嘉宾】; the 住院 question answered after the host hands it over; the 异地就医
    // question left when the netizen only thanks the guest
    assertThat(i.answers()).isEqualTo(2);
    assertThat(i.answersCounted()).isTrue();
    assertThat(i.questions()).isEqualTo(120); // 共收到网民留言120条
  }

  @Test
  void anEmptyViewCounterAndTheFootersVisitorCountGiveNoViewers() {
    // 浏览次数：<script> and 您是本站第 1,203,456 位访问者 in the footer
    assertThat(read("interview-hanweb-transcript-gbk.html", HANWEB).printsViewers()).isFalse();
  }

  @Test
  void aPreviewInvitingQuestionsAndFiguresInTheSidebarOrFooterGiveNothing() {
    // 提前留言提问 … 3个工作日内回复; sidebar 浏览次数：9,876 and 共收到网友提问88条; footer 网站总访问量：3562817
    assertThat(read("interview-trs-preview-utf8.html", "http://www.gj.gov.cn/hdjl/zxft/202606/t20260602_215.html"))
        .isEqualTo(InterviewFacts.NONE);
  }

  @Test
  void anOrdinaryNewsPagePrintsNoInterviewFigure() {
    assertThat(read("trs-item.html", "http://jyt.gxzf.gov.cn/zwdt/gzdt/t20240512_2743501.html"))
        .isEqualTo(InterviewFacts.NONE);
  }

  @Test
  void aPageNamingNoInterviewInItsTitleColumnOrTextIsNotRead() {
    String html = Fixtures.page("interview-trs-figures-utf8.html", TRS).outerHtml().replace("访谈", "交流");
    assertThat(analyzer.analyze(TRS, Jsoup.parse(html, TRS)).interview()).isEqualTo(InterviewFacts.NONE);
  }

  @Test
  void theHostAnswersNothingAndAGuestAnswersOnlyTheQuestionBeforeIt() {
    String transcript = "主持人：欢迎各位网友！\n网友：请问补贴怎么申请？\n主持人：请局长回答。\n嘉宾：可在网上申请。\n"
        + "网友小李：第一个问题？\n网友小王：第二个问题？\n王局长：先答小王。\n嘉宾：补充一句。\n网友：谢谢！\n嘉宾：不客气。";
    assertThat(InterviewReader.answeredInTranscript(transcript)).isEqualTo(2);
  }

  @Test
  void speakersNamedOnlyByTheirNamesAreNotTakenForGuests() {
    assertThat(InterviewReader.answeredInTranscript("网友：请问怎么备案？\n王强：在网上备案。")).isZero();
  }

  @Test
  void aLabelInsideASentenceOpensNoTurn() {
    assertThat(InterviewReader.answeredInTranscript("有网友问，补贴怎么申请？ 对此局长表示：可在网上申请。")).isZero();
  }
}
