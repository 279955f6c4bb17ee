package io.github.govaudit.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordsTest {

  private final Words tools = Words.of("上一篇", "下一篇", "字号", "大 中 小", "【大】");

  @Test
  void findsAWordAtTheStartTheEndOrInside() {
    assertThat(tools.foundIn("上一篇：关于…")).isTrue();
    assertThat(tools.foundIn("正文 字号")).isTrue();
    assertThat(tools.foundIn("字体：大 中 小 打印")).isTrue();
    assertThat(tools.foundIn("【大】【中】")).isTrue();
  }

  @Test
  void findsNothingInTextWithoutTheWords() {
    assertThat(tools.foundIn("")).isFalse();
    assertThat(tools.foundIn("上一 篇")).isFalse();
    assertThat(tools.foundIn("大中小")).isFalse();
    assertThat(tools.foundIn("字")).isFalse();
  }

  @Test
  void answersAsTheAlternationOfTheWordsDoes() {
    Pattern alternation = Pattern.compile("上一篇|下一篇|字号|大 中 小|【大】");
    String alphabet = "上下一篇字号大中小【】 x";
    Random random = new Random(11);
    for (int i = 0; i < 100_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      assertThat(tools.foundIn(text)).as(text).isEqualTo(alternation.matcher(text).find());
    }
  }

  @Test
  void refusesAnEmptyWord() {
    assertThatThrownBy(() -> Words.of("a", "")).isInstanceOf(IllegalArgumentException.class);
  }
}
