package io.github.govaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlFingerprintsTest {

  @Test
  void remembersEveryAddedUrlAcrossGrowth() {
    UrlFingerprints set = new UrlFingerprints();
    for (int i = 0; i < 50_000; i++) {
      assertThat(set.add("http://www.example.gov.cn/content/" + i + ".html")).isTrue();
    }
    assertThat(set.size()).isEqualTo(50_000);
    assertThat(set.add("http://www.example.gov.cn/content/123.html")).isFalse();
    assertThat(set.contains("http://www.example.gov.cn/content/49999.html")).isTrue();
    assertThat(set.contains("http://www.example.gov.cn/content/50000.html")).isFalse();
  }

  @Test
  void removingAUrlKeepsTheOthersFindable() {
    UrlFingerprints set = new UrlFingerprints();
    for (int i = 0; i < 5_000; i++) {
      set.add("http://a.gov.cn/" + i);
    }
    for (int i = 0; i < 5_000; i += 2) {
      assertThat(set.remove("http://a.gov.cn/" + i)).isTrue();
    }
    assertThat(set.remove("http://a.gov.cn/0")).isFalse();
    for (int i = 0; i < 5_000; i++) {
      assertThat(set.contains("http://a.gov.cn/" + i)).as("url %d", i).isEqualTo(i % 2 == 1);
    }
    assertThat(set.size()).isEqualTo(2_500);
  }
}
