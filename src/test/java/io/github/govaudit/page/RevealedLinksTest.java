package io.github.govaudit.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govaudit.crawl.Link;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevealedLinksTest {

  @Test
  void revealsTrsPagesThatExistOnlyInScript() {
    String url = "http://jyt.gxzf.gov.cn/zwdt/gzdt/index.html";
    List<Link> links = new RevealedLinks().links(url, Fixtures.page("trs-list.html", url));
    assertThat(links).extracting(Link::url)
        .contains("http://jyt.gxzf.gov.cn/zwdt/gzdt/index_1.html", "http://jyt.gxzf.gov.cn/zwdt/gzdt/index_6.html")
        .doesNotContain(url);
  }

  @Test
  void revealsHanwebRecordsWithTheirTitlesAsAnchors() {
    String url = "http://www.qingzhou.gov.cn/col/col1234/index.html";
    List<Link> links = new RevealedLinks().links(url, Fixtures.page("hanweb-list.html", url));
    assertThat(links).contains(new Link("http://www.qingzhou.gov.cn/art/2024/5/12/art_1234_7688.html",
        "市人民政府办公室关于做好2024年防汛工作的通知"));
    assertThat(links).extracting(Link::url)
        .contains("http://www.qingzhou.gov.cn/col/col1234/index.html?uid=4567&pageNum=3");
  }
}
