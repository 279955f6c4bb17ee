package io.github.govaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govaudit.profile.CrawlProfile;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostScopeTest {

  private final CrawlProfile profile = new CrawlProfile("", URI.create("http://jyt.gxzf.gov.cn/"), null, 2026,
      null, null, List.of("[?&]print=1"), null, null);
  private final HostScope scope = new HostScope(profile);

  @Test
  void allowsTheHomeHostAndItsWwwTwinByDefault() {
    assertThat(profile.allowedHosts()).containsExactly("jyt.gxzf.gov.cn", "www.jyt.gxzf.gov.cn");
    assertThat(scope.mayFetch("http://jyt.gxzf.gov.cn/zwdt/gzdt/index.html")).isTrue();
    assertThat(scope.mayFetch("https://www.jyt.gxzf.gov.cn/xxgk/")).isTrue();
  }

  @Test
  void neverFetchesOtherHostsEvenParentPortals() {
    assertThat(scope.mayFetch("http://www.gxzf.gov.cn/zwgk/index.shtml")).isFalse();
    assertThat(scope.isOnSite("http://www.gov.cn/zhengce/")).isFalse();
    assertThat(scope.mayFetch("mailto:jyt@gxzf.gov.cn")).isFalse();
  }

  @Test
  void attachmentsAreOnSiteButNotFetched() {
    String pdf = "http://jyt.gxzf.gov.cn/xxgk/zcwj/202605/P020260512123456.pdf";
    assertThat(scope.isOnSite(pdf)).isTrue();
    assertThat(scope.mayFetch(pdf)).isFalse();
  }

  @Test
  void excludePatternsFromTheProfileAreObeyed() {
    assertThat(scope.mayFetch("http://jyt.gxzf.gov.cn/content/123.html?print=1")).isFalse();
    assertThat(scope.mayFetch("http://jyt.gxzf.gov.cn/content/123.html")).isTrue();
  }
}
