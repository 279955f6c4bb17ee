package io.github.govaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionIdsTest {

  private final SessionIds sessions = new SessionIds();
  private final UrlNormalizer normalizer = new UrlNormalizer();

  @Test
  void aJsessionidPathParameterIsRemoved() {
    SessionIds.Stripped s = sessions.strip("http://www.nn.gov.cn/col/list.jsp;jsessionid=8F3A1C9E2B7D?page=2");
    assertThat(s.url()).isEqualTo("http://www.nn.gov.cn/col/list.jsp?page=2");
    assertThat(s.removed()).isEqualTo("jsessionid");
  }

  @Test
  void sessionQueryParametersAreRemovedAndTheRestKept() {
    assertThat(normalizer.normalizeOrKeep("http://a.gov.cn/view.php?id=12&PHPSESSID=9c1185a5c5e9fc54612808977ee8f548"))
        .isEqualTo("http://a.gov.cn/view.php?id=12");
    assertThat(normalizer.normalizeOrKeep("http://a.gov.cn/index.asp?ASPSESSIONIDQQGGGNCG=LKJHGFDSAQWE"))
        .isEqualTo("http://a.gov.cn/index.asp");
  }

  @Test
  void sidIsASessionOnlyWhenItLooksLikeOne() {
    assertThat(normalizer.normalizeOrKeep("http://a.gov.cn/list.jsp?sid=12&page=3"))
        .isEqualTo("http://a.gov.cn/list.jsp?page=3&sid=12");
    assertThat(normalizer.normalizeOrKeep("http://a.gov.cn/list.jsp?sid=0f8e7d6c5b4a39281706f5e4d3c2b1a0&page=3"))
        .isEqualTo("http://a.gov.cn/list.jsp?page=3");
  }

  @Test
  void urlsWithoutSessionsAreLeftAlone() {
    SessionIds.Stripped s = sessions.strip("http://a.gov.cn/news/list.html?page=2&sort=date");
    assertThat(s.url()).isEqualTo("http://a.gov.cn/news/list.html?page=2&sort=date");
    assertThat(s.removed()).isNull();
  }
}
