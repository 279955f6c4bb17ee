package io.github.govaudit.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govaudit.crawl.FetchedPage;
import io.github.govaudit.crawl.Link;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageStoreTest {

  @TempDir Path data;

  private static FetchedPage page(String url, String title, String text, byte[] body, List<Link> links) {
    return new FetchedPage(url, url, 200, "text/html", "UTF-8", "header", Instant.parse("2026-11-20T02:00:00Z"),
        "\"5f2a\"", "Thu, 19 Nov 2026 08:00:00 GMT", body, title, text, links, 1, "");
  }

  private void storeDemoPages() throws Exception {
    try (PageStore store = PageStore.open(data, false)) {
      store.record(new CrawlRecord("", "http://jyt.example.gov.cn/", List.of("jyt.example.gov.cn"), 2026,
          "2026-11-20T01:59:00Z", "", ""));
      store.accept(page("http://jyt.example.gov.cn/zwdt/gzdt/202611/t20261118_101.html",
          "自治区教育厅部署冬季校园安全生产工作", "近日，自治区教育厅召开视频会议，部署全区教育系统冬季安全生产和消防安全工作。",
          "<html><body>冬季安全生产</body></html>".getBytes(StandardCharsets.UTF_8),
          List.of(new Link("http://jyt.example.gov.cn/zwdt/gzdt/index.html", "工作动态"))));
      store.accept(page("http://jyt.example.gov.cn/zwdt/gzdt/202610/t20261009_99.html",
          "全区中小学教师培训工作会议召开", "会议总结了2026年教师培训工作，安排下一阶段任务。",
          "<html><body>教师培训</body></html>".getBytes(StandardCharsets.UTF_8),
          List.of(new Link("http://jyt.example.gov.cn/zwdt/gzdt/202611/t20261118_101.html", "安全生产"),
              new Link("http://www.gov.cn/zhengce/", "中国政府网"))));
    }
  }

  @Test
  void keepsEveryFieldOfAResponseIncludingTheRawBody() throws Exception {
    byte[] gbk = "<html><body>市县动态：百色市召开会议</body></html>".getBytes(Charset.forName("GBK"));
    try (PageStore store = PageStore.open(data, false)) {
      store.accept(page("http://a.gov.cn/sxdt/1.html", "百色市召开会议", "百色市召开会议", gbk, List.of()));
    }
    try (PageReader reader = PageReader.open(data).orElseThrow()) {
      StoredPage p = reader.get("http://a.gov.cn/sxdt/1.html").orElseThrow();
      assertThat(p.body()).isEqualTo(gbk);
      assertThat(p.status()).isEqualTo(200);
      assertThat(p.etag()).isEqualTo("\"5f2a\"");
      assertThat(p.lastModified()).startsWith("Thu, 19 Nov 2026");
      assertThat(p.fetchedAt()).isEqualTo(Instant.parse("2026-11-20T02:00:00Z"));
      assertThat(p.title()).isEqualTo("百色市召开会议");
    }
  }

  @Test
  void searchFindsChineseWordsBestFirst() throws Exception {
    storeDemoPages();
    try (PageReader reader = PageReader.open(data).orElseThrow()) {
      List<StoredPage> hits = reader.search("安全生产", 10);
      assertThat(hits).extracting(StoredPage::title).first().isEqualTo("自治区教育厅部署冬季校园安全生产工作");
      assertThat(reader.search("教师培训", 10)).extracting(StoredPage::title)
          .containsExactly("全区中小学教师培训工作会议召开");
    }
  }

  @Test
  void pendingLinksAreTheOnSiteLinksNotYetStored() throws Exception {
    storeDemoPages();
    try (PageReader reader = PageReader.open(data).orElseThrow()) {
      assertThat(reader.pendingLinks(u -> u.startsWith("http://jyt.example.gov.cn/")))
          .containsExactly(new io.github.govaudit.crawl.Seed("http://jyt.example.gov.cn/zwdt/gzdt/index.html", 2));
      assertThat(reader.record().home()).isEqualTo("http://jyt.example.gov.cn/");
    }
  }

  @Test
  void aFreshOpenEmptiesTheStore() throws Exception {
    storeDemoPages();
    try (PageStore store = PageStore.open(data, true)) {
      assertThat(store.record()).isNull();
    }
    try (PageReader reader = PageReader.open(data).orElseThrow()) {
      assertThat(reader.count()).isZero();
    }
  }
}
