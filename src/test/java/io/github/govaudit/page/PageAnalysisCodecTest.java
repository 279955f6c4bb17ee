package io.github.govaudit.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.govaudit.marks.FilingMarks;
import io.github.govaudit.marks.Mark;
import io.github.govaudit.render.Json;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageAnalysisCodecTest {

  private final PageAnalysisCodec codec = new PageAnalysisCodec();
  private final ObjectMapper json = Json.mapper();

  @Test
  void roundTripsTheAnalysisOfEveryHarnessPageExactly() throws Exception {
    PageAnalyzer analyzer = new PageAnalyzer();
    List<String> differences = new ArrayList<>();
    int pages = 0;
    for (PageCorpus.Page p : new PageCorpus().all()) {
      PageAnalysis a = analyzer.analyze(p.url(), Jsoup.parse(p.html(), p.url()));
      PageAnalysis back = codec.decode(codec.encode(a));
      if (!back.equals(a) || !json.writeValueAsString(back).equals(json.writeValueAsString(a))
          || !List.copyOf(back.meta().keySet()).equals(List.copyOf(a.meta().keySet()))) {
        differences.add(p.name());
      }
      pages++;
    }
    assertThat(pages).isGreaterThan(3000);
    assertThat(differences).isEmpty();
  }

  @Test
  void roundTripsNullsEmptiesAndOddValues() {
    assertThat(codec.decode(codec.encode(allNull()))).isEqualTo(allNull());
    PageAnalysis odd = odd();
    PageAnalysis back = codec.decode(codec.encode(odd));
    assertThat(back).isEqualTo(odd);
    assertThat(back.meta().keySet()).containsExactlyElementsOf(odd.meta().keySet());
  }

  @Test
  void refusesAnotherFormatVersion() {
    byte[] bytes = codec.encode(odd());
    bytes[0] = 1;
    assertThatThrownBy(() -> codec.decode(bytes))
        .isInstanceOf(AnalysisFormatException.class)
        .hasMessageContaining("format version 1")
        .hasMessageContaining("reads version 5");
  }

  @Test
  void refusesEmptyTruncatedAndOverlongBytes() {
    assertThatThrownBy(() -> codec.decode(new byte[0])).isInstanceOf(AnalysisFormatException.class);
    assertThatThrownBy(() -> codec.decode(null)).isInstanceOf(AnalysisFormatException.class);
    byte[] bytes = codec.encode(odd());
    for (int n = 1; n < bytes.length; n++) {
      byte[] cut = Arrays.copyOf(bytes, n);
      assertThatThrownBy(() -> codec.decode(cut)).isInstanceOf(AnalysisFormatException.class);
    }
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
    assertThatThrownBy(() -> codec.decode(longer))
        .isInstanceOf(AnalysisFormatException.class)
        .hasMessageContaining("1 bytes follow");
  }

  @Test
  void garbageIsRefusedWithAFormatExceptionAndNothingElse() {
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      byte[] garbage = new byte[random.nextInt(64)];
      random.nextBytes(garbage);
      if (garbage.length > 0 && random.nextBoolean()) {
        garbage[0] = PageAnalysisCodec.VERSION;
      }
      try {
        codec.decode(garbage);
      } catch (AnalysisFormatException expected) {
        // refused, as it should be
      }
    }
  }

  @Test
  void enumsKeepTheOrderTheFormatStoresThemBy() {
    assertThat(PageType.values()).extracting(Enum::name)
        .containsExactly("HOME", "LIST", "ITEM", "DISCLOSURE_ITEM", "SEARCH", "OTHER");
    assertThat(DateSource.values()).extracting(Enum::name)
        .containsExactly("LIST", "META", "DISCLOSURE_TABLE", "BODY", "URL");
    assertThat(Category.values()).extracting(Enum::name).containsExactly("OVERVIEW", "NEWS", "DISCLOSURE", "OTHER");
    assertThat(InterpretationKind.values()).extracting(Enum::name)
        .containsExactly("MATERIAL", "PRODUCT", "MEDIA_REVIEW");
  }

  @Test
  void readsTheBytesFormatVersion5Wrote() {
    PageAnalysis small = new PageAnalysis("http://a.cn/x/", PageType.LIST, "要闻", null, null, "要闻",
        List.of("首页", "要闻"), Category.NEWS, null,
        List.of(new ListItem("标题", "http://a.cn/x/t1.html", LocalDate.of(2026, 5, 12), "05-12")),
        new Pagination(2, List.of("http://a.cn/x/", "http://a.cn/x/index_1.html")), null,
        Map.of("SiteName", "甲"), null, new BodyStats(12, 0, false, true), null);
    // version, url, type, title, date, source, column, breadcrumb, category, kind, items, paging, disclosure, meta,
    // source, body, marks (no texts, an empty site code source, no flags), accessibility (none missing),
    // consultation (nothing printed), interview (nothing printed)
    String stored = "05" + "010e687474703a2f2f612e636e2f782f" + "02" + "03e8a681e997bb" + "00" + "00" + "03e8a681e997bb"
        + "0203e9a696e9a1b503e8a681e997bb" + "02" + "00"
        + "01" + "03e6a087e9a298" + "0f0774312e68746d6c" + "d3c102" + "0630352d3132"
        + "01" + "04" + "02" + "0f00" + "0f0c696e6465785f312e68746d6c" + "00"
        + "01" + "09536974654e616d65" + "02e794b2" + "00" + "01180002"
        + "0001000000000000" + "00000003" + "00" + "00";
    assertThat(HexFormat.of().formatHex(codec.encode(small))).isEqualTo(stored);
    assertThat(codec.decode(HexFormat.of().parseHex(stored))).isEqualTo(small);
  }

  private static PageAnalysis allNull() {
    return new PageAnalysis(null, null, null, null, null, null, List.of(), null, null, List.of(), null, null,
        Map.of(), null, null, null);
  }

  private static PageAnalysis odd() {
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("z", "last first");
    meta.put("ArticleTitle", "标题\uD800孤\uDFFF");
    meta.put("empty", "");
    meta.put("nothing", null);
    meta.put(null, "no name");
    return new PageAnalysis("https://例子.gov.cn/a b/\u0000\u007f\u0080\u07ff\u0800\uffff", PageType.DISCLOSURE_ITEM,
        "", LocalDate.MIN, DateSource.URL, null, List.of("首页", "", "😀"), Category.OTHER,
        InterpretationKind.MEDIA_REVIEW,
        List.of(new ListItem(null, null, null, null), new ListItem("t", "https://例子.gov.cn/a b/c", LocalDate.MAX, ""),
            new ListItem("t2", "http://x/", LocalDate.of(1969, 12, 31), "[12-31]")),
        new Pagination(-5, List.of("", "http://x/", "http://x/index_1.html")),
        new Disclosure(null, "机构", LocalDate.EPOCH, null, "文号〔2026〕1号"),
        meta, "来源", new BodyStats(Integer.MIN_VALUE, Integer.MAX_VALUE, true, false),
        new FilingMarks(Optional.of("4500000092"), "footer", Optional.of("桂ICP备10201924号-7"), Optional.empty(),
            Optional.of("广西壮族自治区民政厅"), Optional.empty(), Optional.of("CA210000000409690990002"), true, false,
            Set.of(Mark.POLICE, Mark.SITE_CODE)), AccessibilityFacts.NONE,
        new ConsultationFacts(0, Integer.MAX_VALUE, "http://x/结果.html"), new InterviewFacts(0, Integer.MAX_VALUE, -1,
            true));
  }

  @Test
  void roundTripsWhatAConsultationPagePrints() {
    for (ConsultationFacts c : List.of(ConsultationFacts.NONE, new ConsultationFacts(23, -1, null),
        new ConsultationFacts(-1, 1203, "http://a.cn/art/2026/6/25/art_2391_613902.html"))) {
      PageAnalysis a = new PageAnalysis("http://a.cn/t.html", PageType.ITEM, "t", null, null, null, List.of(), null,
          null, List.of(), null, null, Map.of(), null, null, null, AccessibilityFacts.NONE, c);
      assertThat(codec.decode(codec.encode(a)).consultation()).isEqualTo(c);
    }
  }

  @Test
  void roundTripsWhatAnInterviewPagePrints() {
    for (InterviewFacts i : List.of(InterviewFacts.NONE, new InterviewFacts(56, 32, 1234, false),
        new InterviewFacts(120, 2, -1, true), new InterviewFacts(-1, -1, 0, false))) {
      PageAnalysis a = new PageAnalysis("http://a.cn/t.html", PageType.ITEM, "t", null, null, null, List.of(), null,
          null, List.of(), null, null, Map.of(), null, null, null, AccessibilityFacts.NONE, ConsultationFacts.NONE, i);
      assertThat(codec.decode(codec.encode(a)).interview()).isEqualTo(i);
    }
  }
}
