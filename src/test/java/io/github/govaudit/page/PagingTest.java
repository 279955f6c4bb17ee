package io.github.govaudit.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class PagingTest {

  private static final String ALPHABET = "共页次第:：/0123456789 \t条每x上下";

  @Test
  void findsTheTotalPagesTextWhereThePatternFindsItFirst() {
    Random random = new Random(20_261_204L);
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < 200_000; i++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(40);
      for (int k = 0; k < length; k++) {
        sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String text = sb.toString();
      String expected = describe(Paging.TOTAL_PAGES.matcher(text), true);
      String actual = describe(Paging.totalPagesText(text), false);
      if (!expected.equals(actual)) {
        differences.add(text + ": pattern " + expected + ", runs " + actual);
      }
    }
    assertThat(differences).isEmpty();
  }

  @Test
  void readsTheTotalFromCommonPagerTexts() {
    assertThat(Paging.totalPagesText("首页上一页下一页尾页共12页").group(1)).isEqualTo("12");
    assertThat(Paging.totalPagesText("当前第1/7页").group(3)).isEqualTo("7");
    assertThat(Paging.totalPagesText("页次：2/30每页20条")).isNotNull();
    assertThat(Paging.totalPagesText("首页下一页")).isNull();
  }

  private static String describe(Matcher m, boolean find) {
    if (m == null || find && !m.find()) {
      return "none";
    }
    StringBuilder sb = new StringBuilder(m.start() + "-" + m.end());
    for (int g = 1; g <= m.groupCount(); g++) {
      sb.append('|').append(m.group(g));
    }
    return sb.toString();
  }
}
