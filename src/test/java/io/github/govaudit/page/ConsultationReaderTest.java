package io.github.govaudit.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What consultation (征集调查) pages print of their outcome, read as the crawler reads each item page. */
class ConsultationReaderTest {

  private final PageAnalyzer analyzer = new PageAnalyzer();

  private ConsultationFacts read(String fixture, String url) {
    return analyzer.analyze(url, Fixtures.page(fixture, url)).consultation();
  }

  @Test
  void aTotalOfOpinionsWinsOverTheChannelsItIsMadeOf() {
    ConsultationFacts c = read("consultation-trs-consultation-utf8.html",
        "http://www.gj.gov.cn/hdjl/yjzj/202603/t20260302_118.html");
    assertThat(c.opinions()).isEqualTo(23); // 共收到意见建议23条，其中通过网站收到15条，通过信函收到8条
  }

  @Test
  void participantsAreReadFromALabelledTableCell() {
    ConsultationFacts c = read("consultation-trs-consultation-utf8.html",
        "http://www.gj.gov.cn/hdjl/yjzj/202603/t20260302_118.html");
    assertThat(c.participants()).isEqualTo(156); // 参与人数：</th><td>156人
  }

  @Test
  void aBodyReportingWhatWasAdoptedAnnouncesTheResultOnThePageItself() {
    String url = "http://www.gj.gov.cn/hdjl/yjzj/202603/t20260302_118.html";
    assertThat(read("consultation-trs-consultation-utf8.html", url).result()).isEqualTo(url); // 采纳9条
  }

  @Test
  void participantsWithThousandsSeparatorsAreReadFromAGbkSurveyPage() {
    ConsultationFacts c = read("consultation-hanweb-survey-gbk.html", "http://www.gj.gov.cn/art/2026/5/18/art_2391_613579.html");
    assertThat(c.participants()).isEqualTo(1203); // 共有1,203人次参与
    assertThat(c.printsOpinions()).isFalse();
  }

  @Test
  void aLinkToTheSurveyResultIsWhereTheResultIsAnnounced() {
    ConsultationFacts c = read("consultation-hanweb-survey-gbk.html", "http://www.gj.gov.cn/art/2026/5/18/art_2391_613579.html");
    assertThat(c.result()).isEqualTo("http://www.gj.gov.cn/art/2026/6/25/art_2391_613902.html"); // 查看调查结果
  }

  @Test
  void aPromiseToReportAdoptionAndFiguresInTheSidebarOrFooterGiveNothing() {
    ConsultationFacts c = read("consultation-trs-consultation-promise.html",
        "http://www.gj.gov.cn/hdjl/yjzj/202605/t20260502_131.html");
    assertThat(c).isEqualTo(ConsultationFacts.NONE); // 将…及时反馈意见采纳情况; sidebar 共收到意见建议23条; footer 意见反馈
  }

  @Test
  void anOrdinaryNewsPagePrintsNoConsultationOutcome() {
    assertThat(read("trs-item.html", "http://jyt.gxzf.gov.cn/zwdt/gzdt/t20240512_2743501.html"))
        .isEqualTo(ConsultationFacts.NONE); // 听取了…的意见建议: no figure
  }
}
