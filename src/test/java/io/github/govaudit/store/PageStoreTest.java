package io.github.govaudit.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govaudit.crawl.FetchedPage;
import io.github.govaudit.crawl.Link;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageStoreTest {

  @TempDir Path data;

  private static FetchedPage page(String url, String title, String text, byte[] body, List<Link> links) {
    return new FetchedPage(url, url, 200, "text/html", "UTF-8", "header", Instant.parse("2026-11-20T02:00:00Z"),
        "\"5f2a\"", "Thu, 19 Nov 2026 08:00:00 GMT", body, title, links, 1, "", "", false, new byte[] {7, 1});
  }

  private void storeDemoPages() throws Exception {
    try (PageStore store = PageStore.open(data, false)) {
      store.record(new CrawlRecord("", "http://jyt.example.gov.cn/", List.of("jyt.example.gov.cn"), 2026,
          "2026-11-20T01:59:00Z", "", "", "2026-11-20T01:59:00Z"));
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
      assertThat(p.analysis()).containsExactly(7, 1);
    }
  }

  @Test
  void readingOnSeveralThreadsSeesEachLivePageOnceWithoutItsBody() throws Exception {
    byte[] body = "<html><body>政务动态</body></html>".getBytes(StandardCharsets.UTF_8);
    for (int pass = 0; pass < 3; pass++) { // three commits: three segments, the last rewriting page 0
      try (PageStore store = PageStore.open(data, pass == 0)) {
        for (int i = pass * 5000; i < (pass + 1) * 5000; i++) {
          store.accept(page("http://a.gov.cn/zwdt/" + i + ".html", "第" + i + "条", "", body, List.of()));
        }
        store.accept(page("http://a.gov.cn/zwdt/0.html", "第0条（第" + pass + "次）", "", body, List.of()));
      }
    }
    Map<String, String> seen = new ConcurrentHashMap<>();
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    AtomicInteger withBody = new AtomicInteger();
    try (PageReader reader = PageReader.open(data).orElseThrow()) {
      reader.forEachWithoutBody(3, p -> {
        assertThat(seen.put(p.url(), p.title())).as(p.url()).isNull();
        threads.add(Thread.currentThread());
        if (p.body().length > 0) {
          withBody.incrementAndGet();
        }
      });
    }
    assertThat(seen).hasSize(15_000).containsEntry("http://a.gov.cn/zwdt/0.html", "第0条（第2次）");
    assertThat(withBody).hasValue(0);
    assertThat(threads).hasSizeGreaterThan(1);
  }

  @Test
  void searchFindsChineseWordsInTheTextBestFirst() throws Exception {
    storeDemoPages();
    try (PageReader reader = PageReader.open(data).orElseThrow()) {
      SearchIndex index = new SearchIndex();
      assertThat(index.search(data, reader, "安全生产", 10, n -> {}))
          .first().isEqualTo("http://jyt.example.gov.cn/zwdt/gzdt/202611/t20261118_101.html");
      assertThat(index.search(data, reader, "教师培训", 10, n -> {}))
          .containsExactly("http://jyt.example.gov.cn/zwdt/gzdt/202610/t20261009_99.html");
    }
  }

  @Test
  void theSearchIndexIsBuiltOnceForEachStateOfTheStore() throws Exception {
    storeDemoPages();
    List<Integer> builds = new java.util.ArrayList<>();
    try (PageReader reader = PageReader.open(data).orElseThrow()) {
      new SearchIndex().search(data, reader, "安全生产", 10, builds::add);
      new SearchIndex().search(data, reader, "教师培训", 10, builds::add);
    }
    assertThat(builds).containsExactly(2);
  }

  @Test
  void pendingLinksAreTheOnSiteLinksNotYetStoredOneStepBelowTheirPage() throws Exception {
    storeDemoPages();
    try (PageReader reader = PageReader.open(data).orElseThrow()) {
      io.github.govaudit.crawl.CrawlPlan plan = new CrawlPlanner().plan(reader, "http://jyt.example.gov.cn/",
          Instant.parse("2026-11-20T01:59:00Z"), u -> u.startsWith("http://jyt.example.gov.cn/"), List.of());
      assertThat(plan.seeds()).containsExactly(new io.github.govaudit.crawl.Seed(
          "http://jyt.example.gov.cn/zwdt/gzdt/index.html", 2,
          "http://jyt.example.gov.cn/zwdt/gzdt/202611/t20261118_101.html"));
      assertThat(plan.done().size()).isEqualTo(2);
      assertThat(reader.record().home()).isEqualTo("http://jyt.example.gov.cn/");
    }
  }

  @Test
  void pagesOfAnEarlierPassAreStaleAndItsHubsAreRevalidated() throws Exception {
    try (PageStore store = PageStore.open(data, false)) {
      store.accept(new FetchedPage("http://a.gov.cn/list.html", "http://a.gov.cn/list.html", 200, "text/html", "UTF-8",
          "header", Instant.parse("2026-11-20T02:00:00Z"), "\"e1\"", "", new byte[0], "列表",
          List.of(new Link("http://a.gov.cn/1.html", "第一篇")), 1, "", "", true, new byte[0]));
      store.accept(page("http://a.gov.cn/1.html", "第一篇", "", new byte[0], List.of()));
    }
    try (PageReader reader = PageReader.open(data).orElseThrow()) {
      io.github.govaudit.crawl.CrawlPlan plan = new CrawlPlanner().plan(reader, "http://a.gov.cn/",
          Instant.parse("2026-12-01T00:00:00Z"), u -> true, List.of());
      assertThat(plan.revalidate()).extracting(io.github.govaudit.crawl.Seed::url).containsExactly("http://a.gov.cn/list.html");
      assertThat(plan.stale().contains("http://a.gov.cn/1.html")).isTrue();
      assertThat(plan.done().size()).isZero();
      assertThat(plan.known().listedBefore("http://a.gov.cn/1.html", "第一篇")).isTrue();
      assertThat(plan.known().listedBefore("http://a.gov.cn/1.html", "第一篇（修订）")).isFalse();
      assertThat(plan.known().lookup("http://a.gov.cn/list.html").orElseThrow().etag()).isEqualTo("\"e1\"");
    }
  }

  @Test
  void aRevalidatedPageKeepsItsCopyAndRecordsWhenItWasChecked() throws Exception {
    storeDemoPages();
    String url = "http://jyt.example.gov.cn/zwdt/gzdt/202610/t20261009_99.html";
    try (PageStore store = PageStore.open(data, false)) {
      store.unchanged(url, Instant.parse("2026-12-01T08:00:00Z"));
    }
    try (PageReader reader = PageReader.open(data).orElseThrow()) {
      StoredPage p = reader.get(url).orElseThrow();
      assertThat(p.checkedAt()).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
      assertThat(p.fetchedAt()).isEqualTo(Instant.parse("2026-11-20T02:00:00Z"));
      assertThat(new String(p.body(), StandardCharsets.UTF_8)).contains("教师培训");
      assertThat(reader.count()).isEqualTo(2);
    }
  }

  @Test
  void aStoreWhosePagesHoldTheirBodiesIsReadAndARevalidatedPageKeepsItsBody() throws Exception {
    String url = "http://jyt.example.gov.cn/zwgk/tzgg/202611/t20261102_7.html";
    byte[] gbk = "<html><body>关于做好2027年元旦春节期间有关工作的通知</body></html>".getBytes(Charset.forName("GBK"));
    try (FSDirectory dir = FSDirectory.open(StoreLayout.pagesDir(data));
        IndexWriter old = new IndexWriter(dir, new IndexWriterConfig())) {
      Document d = PageDocuments.toDocument(page(url, "通知", "", gbk, List.of()));
      d.add(new StoredField(PageDocuments.BODY, new BytesRef(gbk))); // as stores kept bodies before
      old.addDocument(d);
    }
    try (PageReader reader = PageReader.open(data).orElseThrow()) {
      assertThat(reader.get(url).orElseThrow().body()).isEqualTo(gbk);
    }
    try (PageStore store = PageStore.open(data, false)) {
      store.unchanged(url, Instant.parse("2026-12-01T08:00:00Z"));
    }
    try (PageReader reader = PageReader.open(data).orElseThrow()) {
      StoredPage p = reader.get(url).orElseThrow();
      assertThat(p.body()).isEqualTo(gbk);
      assertThat(p.checkedAt()).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
      List<byte[]> read = new java.util.ArrayList<>();
      reader.forEach(page -> read.add(page.body()));
      assertThat(read).containsExactly(gbk);
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
