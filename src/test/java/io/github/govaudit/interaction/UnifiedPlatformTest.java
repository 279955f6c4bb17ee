package io.github.govaudit.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnifiedPlatformTest {
  private final UnifiedPlatform platform = new UnifiedPlatform();

  @Test
  void entriesUnderOneHostAndPathShareAPlatform() {
    List<String> entries = List.of("http://www.gj.gov.cn/hdjl/ldxx/index.html",
        "http://www.gj.gov.cn/hdjl/zxzx/", "http://www.gj.gov.cn/hdjl/zjdc/list.html");

    assertThat(platform.shared(entries)).contains("www.gj.gov.cn/hdjl");
  }

  @Test
  void entriesOnTwoPlatformsAreListedNotJudged() {
    List<String> entries = List.of("http://liuyan.gx.gov.cn/jact/front/main.do",
        "http://www.gj.gov.cn/hdjl/zxzx/");

    assertThat(platform.shared(entries)).isEmpty();
    assertThat(platform.platforms(entries)).containsOnlyKeys("liuyan.gx.gov.cn/jact", "www.gj.gov.cn/hdjl");
  }

  @Test
  void oneEntryIsNotEnoughToCallItUnified() {
    assertThat(platform.shared(List.of("http://liuyan.gx.gov.cn/jact/front/main.do"))).isEmpty();
  }
}
