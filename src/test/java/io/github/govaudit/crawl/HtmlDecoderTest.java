package io.github.govaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlDecoderTest {

  private static final Charset GBK = Charset.forName("GBK");
  private final HtmlDecoder decoder = new HtmlDecoder();

  private static final String PAGE = "<html><head><title>关于做好2026年全区教育系统安全生产工作的通知</title></head>"
      + "<body><div class=\"bt\">关于做好2026年全区教育系统安全生产工作的通知</div>"
      + "<div class=\"content\">各市、县（市、区）教育局，区直各有关单位：为深入贯彻落实安全生产责任制，"
      + "切实加强校园安全管理，现将有关事项通知如下。一、提高思想认识，压实工作责任。二、开展隐患排查整治。"
      + "三、加强值班值守和应急处置。</div><div class=\"footer\">主办单位：广西壮族自治区教育厅 "
      + "网站标识码：4500000011 桂ICP备05007544号</div></body></html>";

  @Test
  void detectsUndeclaredGbkFromTheBytes() {
    DecodedPage d = decoder.decode(PAGE.getBytes(GBK), "text/html");
    assertThat(d.charsetSource()).isEqualTo("detected");
    assertThat(d.charset().name()).isEqualTo("GB18030");
    assertThat(d.html()).contains("主办单位：广西壮族自治区教育厅").doesNotContain("\uFFFD");
  }

  @Test
  void readsMetaGb2312AsGb18030SoCharactersOutsideGb2312Survive() {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
        + "<body>王堃同志任职通知（喆）</body></html>";
    DecodedPage d = decoder.decode(html.getBytes(GBK), null);
    assertThat(d.charsetSource()).isEqualTo("meta");
    assertThat(d.html()).contains("王堃同志任职通知（喆）");
  }

  @Test
  void headerCharsetWinsOverMeta() {
    String html = "<html><head><meta charset=\"gbk\"></head><body>政务动态</body></html>";
    DecodedPage d = decoder.decode(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=UTF-8");
    assertThat(d.charsetSource()).isEqualTo("header");
    assertThat(d.html()).contains("政务动态");
  }

  @Test
  void byteOrderMarkWinsOverMetaAndIsDropped() {
    byte[] body = ("\uFEFF<html><head><meta charset=\"gbk\"></head><body>信息公开</body></html>")
        .getBytes(StandardCharsets.UTF_8);
    DecodedPage d = decoder.decode(body, null);
    assertThat(d.charsetSource()).isEqualTo("bom");
    assertThat(d.html()).startsWith("<html>").contains("信息公开");
  }

  @Test
  void unknownDeclaredCharsetFallsThroughToDetection() {
    DecodedPage d = decoder.decode(PAGE.getBytes(GBK), "text/html; charset=x-no-such-charset");
    assertThat(d.html()).contains("安全生产").doesNotContain("\uFFFD");
  }
}
