package io.github.govaudit.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class LabelPatternTest {

  private static final LabelPattern DATE_LABEL = LabelPattern.of("(?<!成文|发文)",
      List.of("发布时间", "发布于", "日期", "时间"), "\\s*[:：]?\\s*");
  private static final LabelPattern SOURCE = LabelPattern.of("",
      List.of("信息来源", "来源"), "\\s*[:：]\\s*([^\\s|｜:：]{1,40})");
  private static final List<String> FRAGMENTS = List.of("发布", "时间", "发布时间", "发布于", "日期", "成文", "发文",
      "信息", "来源", "：", ":", " ", "2026-05-12", "x", "|", "发", "成文日期", "来源：办公室");

  @Test
  void isThePatternOfTheWordsBetweenWhatStandsBeforeAndAfter() {
    assertThat(LabelPattern.of("(?<!a)", List.of("发布时间", "日期"), "\\s*").pattern().pattern())
        .isEqualTo("(?<!a)(?:发布时间|日期)\\s*");
  }

  @Test
  void findsWhatAFindLoopOfThePatternFinds() {
    Random random = new Random(5);
    for (int i = 0; i < 100_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(10); k > 0; k--) {
        sb.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
      }
      String text = sb.toString();
      for (LabelPattern p : List.of(DATE_LABEL, SOURCE)) {
        assertThat(matches(p.in(text), p.pattern().matcher(text).groupCount()))
            .as(text).isEqualTo(matches(p.pattern().matcher(text)));
      }
    }
  }

  @Test
  void refusesAWordThatIsNoPlainLiteral() {
    assertThatThrownBy(() -> LabelPattern.of("", List.of("日期", "时.间"), "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LabelPattern.of("", List.of(""), "")).isInstanceOf(IllegalArgumentException.class);
  }

  private static List<String> matches(Matcher m) {
    List<String> out = new ArrayList<>();
    while (m.find()) {
      StringBuilder sb = new StringBuilder(m.end() + "");
      for (int g = 1; g <= m.groupCount(); g++) {
        sb.append('|').append(m.group(g));
      }
      out.add(sb.toString());
    }
    return out;
  }

  private static List<String> matches(LabelPattern.Matches m, int groups) {
    List<String> out = new ArrayList<>();
    while (m.find()) {
      StringBuilder sb = new StringBuilder(m.end() + "");
      for (int g = 1; g <= groups; g++) {
        sb.append('|').append(m.group(g));
      }
      out.add(sb.toString());
    }
    return out;
  }
}
