package io.github.govaudit.marks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class FilingMarksReaderTest {

  private final FilingMarksReader reader = new FilingMarksReader();

  private static Document fixture(String name) throws Exception {
    Path p = Path.of("src/test/resources/pages/footers", name);
    return Jsoup.parse(Files.readString(p), "http://mzt.gxzf.gov.cn/");
  }

  @Test
  void readsEveryMarkFromARealisticFooterWithFullWidthDigitsAndSpaces() throws Exception {
    FilingMarks m = reader.read(fixture("trs-footer.html"));
    assertThat(m.siteCode()).contains("4500000092");
    assertThat(m.siteCodeSource()).isEqualTo("footer");
    assertThat(m.icp()).contains("桂ICP备10201924号-7");
    assertThat(m.police()).contains("桂公网安备45010302001766号");
    assertThat(m.sponsor()).contains("广西壮族自治区民政厅");
    assertThat(m.organizer()).contains("广西壮族自治区民政厅信息中心");
  }

  @Test
  void findsTheConacBadgeInjectedByDocumentWriteAndItsElectronicId() throws Exception {
    FilingMarks m = reader.read(fixture("trs-footer.html"));
    assertThat(m.conacBadge()).isTrue();
    assertThat(m.conacId()).contains("CA210000000409690990002");
  }

  @Test
  void fallsBackToMetaSiteIdCodeThenJiucuoSitecode() {
    Document meta = Jsoup.parse("<html><head><meta name=\"SiteIDCode\" content=\"4501000005\"></head>"
        + "<body><p>版权所有：南宁市人民政府</p></body></html>");
    assertThat(reader.read(meta).siteCode()).contains("4501000005");
    assertThat(reader.read(meta).siteCodeSource()).isEqualTo("meta");
    Document jiucuo = Jsoup.parse("<html><body><script id=\"_jiucuo_\" sitecode='bm12000001' "
        + "src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script></body></html>");
    assertThat(reader.read(jiucuo).siteCode()).contains("bm12000001");
  }

  @Test
  void reportsNothingWhereThePageShowsNoMarks() {
    FilingMarks m = reader.read(Jsoup.parse("<html><body><p>联系电话：0771-1234567</p></body></html>"));
    assertThat(m.siteCode()).isEmpty();
    assertThat(m.icp()).isEmpty();
    assertThat(m.police()).isEmpty();
    assertThat(m.sponsor()).isEmpty();
    assertThat(m.conacBadge()).isFalse();
  }

  @Test
  void elevenDigitNumbersAreNotSiteCodes() {
    Document d = Jsoup.parse("<html><body><p>网站标识码：45000000109</p></body></html>");
    assertThat(reader.read(d).siteCode()).isEmpty();
  }

  @Test
  void readsTheAlternativeProvinceAbbreviationsRealFilingsUse() {
    Document d = Jsoup.parse("<html><body><div class=\"footer\">主办单位：四川省示范厅 "
        + "<a href=\"https://beian.miit.gov.cn/\">蜀ICP备05001234号-2</a> 川公网安备51010402001234号</div></body></html>");
    FilingMarks m = reader.read(d);
    assertThat(m.icp()).contains("蜀ICP备05001234号-2");
    assertThat(m.police()).contains("川公网安备51010402001234号");
    Document gansu = Jsoup.parse("<html><body><p>陇ICP备12000345号 甘公网安备62010202000345号</p></body></html>");
    assertThat(reader.read(gansu).icp()).contains("陇ICP备12000345号");
  }

  @Test
  void aLabelPrintedWithAValueOfTheWrongFormIsMalformedNotMissing() throws Exception {
    FilingMarks m = reader.read(Jsoup.parse("<html><body><div class=\"footer\">网站标识码：450100001 "
        + "桂ICP备1020192 桂公网安备4501030200176号</div></body></html>"));
    assertThat(m.siteCode()).isEmpty();
    assertThat(m.icp()).isEmpty();
    assertThat(m.police()).isEmpty();
    assertThat(m.malformed()).containsExactlyInAnyOrder(Mark.SITE_CODE, Mark.ICP, Mark.POLICE);
    assertThat(reader.read(fixture("trs-footer.html")).malformed()).isEmpty();
  }

  @Test
  void theJiucuoEntryIsTheNationalScriptOrPageNotTheSitesOwnCorrectionPage() throws Exception {
    assertThat(reader.read(fixture("trs-footer.html")).jiucuo()).isTrue();
    Document national = Jsoup.parse("<html><body><div class=\"footer\"><a href=\"https://zfwzgl.www.gov.cn/exposure/"
        + "jiucuo.html?site_code=4501990001&amp;url=http%3A%2F%2Fwww.gj.gov.cn%2F\">我为政府网站找错</a></div></body></html>");
    assertThat(reader.read(national).jiucuo()).isTrue();
    Document own = Jsoup.parse("<html><body><div class=\"footer\"><a href=\"/hdjl/jc/\">我要纠错</a></div>"
        + "<div class=\"article\"><p>建立健全容错纠错机制，激励干部担当作为。</p></div></body></html>");
    assertThat(reader.read(own).jiucuo()).isFalse();
  }

  @Test
  void anEmptyBadgePlaceholderWithoutItsScriptIsNoBadge() {
    Document d = Jsoup.parse("<html><body><div class=\"footer\"><span id=\"_ideConac\"></span></div></body></html>");
    assertThat(reader.read(d).conacBadge()).isFalse();
  }

  @Test
  void aStaticBadgeLinkCountsAsTheBadge() {
    Document d = Jsoup.parse("<html><body><div class=\"footer\"><a href=\"https://bszs.conac.cn/sitename?method=show&amp;"
        + "id=0A1B2C3D\"><img src=\"/images/red.png\" alt=\"党政机关\"></a></div></body></html>");
    assertThat(reader.read(d).conacBadge()).isTrue();
  }

  @Test
  void ideographicAndNoBreakSpacesSeparateMarksLikeSpaces() {
    Document d = Jsoup.parse("<html><body><p>主办单位：桂江市人民政府办公室　承办单位：桂江市大数据发展局&nbsp;桂ICP备12003456号-1</p>"
        + "</body></html>");
    FilingMarks m = reader.read(d);
    assertThat(m.sponsor()).contains("桂江市人民政府办公室");
    assertThat(m.organizer()).contains("桂江市大数据发展局");
    assertThat(m.icp()).contains("桂ICP备12003456号-1");
  }
}
