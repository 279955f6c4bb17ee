package io.github.govaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govaudit.crawl.Frontier.Queued;
import org.junit.jupiter.api.Test;

class FrontierTest {

  private static Queued q(String url) {
    return new Queued(url, "a.gov.cn", 1, 0, null, false);
  }

  @Test
  void eachUrlIsQueuedOnceAndHandedOutInTheOrderFound() throws Exception {
    Frontier f = new Frontier(0);
    assertThat(f.offer(q("http://a.gov.cn/1"), x -> true)).isTrue();
    assertThat(f.offer(q("http://a.gov.cn/2"), x -> true)).isTrue();
    assertThat(f.offer(q("http://a.gov.cn/1"), x -> true)).isFalse();
    Queued first = f.take();
    Queued second = f.take();
    assertThat(first.url()).isEqualTo("http://a.gov.cn/1");
    assertThat(second.url()).isEqualTo("http://a.gov.cn/2");
    f.done(first);
    f.done(second);
    assertThat(f.take()).as("nothing queued, nothing in flight: the crawl is over").isNull();
  }

  @Test
  void pagesToRevalidateGoFirst() throws Exception {
    Frontier f = new Frontier(0);
    f.offer(q("http://a.gov.cn/new"), x -> true);
    f.revalidate(new Queued("http://a.gov.cn/list.html", "a.gov.cn", 1, 0, null, true));
    assertThat(f.take().url()).isEqualTo("http://a.gov.cn/list.html");
  }

  @Test
  void aRefusedUrlCanBeQueuedWhenFoundAgainWithinTheLimits() throws Exception {
    Frontier f = new Frontier(0);
    assertThat(f.offer(q("http://a.gov.cn/deep"), x -> false)).isFalse();
    assertThat(f.offer(q("http://a.gov.cn/deep"), x -> true)).isTrue();
  }

  @Test
  void findingAUrlFromElsewhereFreesItFromItsPatternBudget() throws Exception {
    Frontier f = new Frontier(0);
    f.offer(new Queued("http://a.gov.cn/list.jsp?page=3", "a.gov.cn", 2, 0, "a.gov.cn/list.jsp", false), x -> true);
    f.offer(new Queued("http://a.gov.cn/list.jsp?page=3", "a.gov.cn", 1, 0, null, false), x -> true);
    assertThat(f.take().spends()).isNull();
  }

  @Test
  void withADelayAHostGetsOneRequestAtATime() throws Exception {
    Frontier f = new Frontier(50);
    f.offer(q("http://a.gov.cn/1"), x -> true);
    f.offer(q("http://a.gov.cn/2"), x -> true);
    Queued first = f.take();
    long handedOut = System.nanoTime();
    Thread finisher = new Thread(() -> {
      try {
        Thread.sleep(30);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      f.done(first);
    });
    finisher.start();
    Queued second = f.take();
    long waitedMs = (System.nanoTime() - handedOut) / 1_000_000;
    assertThat(second.url()).isEqualTo("http://a.gov.cn/2");
    assertThat(waitedMs).as("waited for the first to finish, then the delay").isGreaterThanOrEqualTo(80);
    finisher.join();
  }
}
