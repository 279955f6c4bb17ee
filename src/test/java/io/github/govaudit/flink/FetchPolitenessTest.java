package io.github.govaudit.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Flink job paces one host's requests by its delay, even when several sites of the batch live on
 * that host: no two requests to it closer than the delay.
 */
class FetchPolitenessTest {

  private static final int DELAY_MS = 150;

  @TempDir
  Path tmp;

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void twoSitesOnOneHostNeverHaveTwoRequestsCloserThanTheDelay() throws Exception {
    try (TimedSite host = new TimedSite(6)) {
      List<SiteJob> sites = List.of(new SiteJob("a", host.home("a"), "", DELAY_MS, -1),
          new SiteJob("b", host.home("b"), "", DELAY_MS, -1));

      new BatchJob(new BatchJob.Settings(sites, tmp.resolve("data"), tmp.resolve("out"), 2, 0, 60_000, null, null))
          .run();

      List<TimedSite.Request> log = host.requests();
      assertThat(log).extracting(TimedSite.Request::path).contains("/a/", "/b/", "/a/6.html", "/b/6.html");
      List<Long> gapsMs = new ArrayList<>();
      for (int i = 1; i < log.size(); i++) {
        gapsMs.add(TimeUnit.NANOSECONDS.toMillis(log.get(i).nanos() - log.get(i - 1).nanos()));
      }
      assertThat(gapsMs).as("gaps between requests to one host").allMatch(g -> g >= DELAY_MS);
      assertThat(BatchJob.outcome(tmp.resolve("data").resolve("a"))).hasValueSatisfying(o -> assertThat(o).startsWith("ok"));
      assertThat(BatchJob.outcome(tmp.resolve("data").resolve("b"))).hasValueSatisfying(o -> assertThat(o).startsWith("ok"));
    }
  }
}
