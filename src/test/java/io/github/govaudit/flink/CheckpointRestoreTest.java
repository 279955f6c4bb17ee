package io.github.govaudit.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.govaudit.gensite.GeneratedSite;
import io.github.govaudit.gensite.GeneratedSiteServer;
import io.github.govaudit.gensite.SiteGenerator;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.flink.core.execution.JobClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch cancelled midway and started again from its last checkpoint goes on from there: no page
 * requested before that checkpoint is requested again, and the report equals the site's truth, as an
 * uninterrupted batch's does.
 */
class CheckpointRestoreTest {

  private static final int Y = SiteGenerator.REPORT_YEAR;
  private static final int DELAY_MS = 10;
  private static final long CHECKPOINT_MS = 400;

  /**
   * Requests a checkpoint may lag behind the moment its file is seen: the barrier reaches the fetching
   * step a little before the checkpoint completes and is noticed.
   */
  private static final int SLACK = 10;

  @TempDir
  Path tmp;

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void aCancelledBatchRestoredFromItsCheckpointFetchesNothingBeforeItAgain() throws Exception {
    GeneratedSite site = new SiteGenerator(21, Y).generate();
    Path data = tmp.resolve("data");
    Path out = tmp.resolve("out");
    try (GeneratedSiteServer server = GeneratedSiteServer.start(site)) {
      BatchJob.Settings settings = new BatchJob.Settings(List.of(new SiteJob("s", server.homeUrl(), "", DELAY_MS, -1)),
          data, out, 1, Y, CHECKPOINT_MS, null, null);
      Map<Path, Integer> seenAt = new LinkedHashMap<>(); // checkpoint -> requests made when it was first seen
      long t0 = System.nanoTime();
      JobClient job = new BatchJob(settings).start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < deadline && (seenAt.size() < 2 || server.requests().size() < 150)) {
        Optional<Path> latest = BatchJob.latestCheckpoint(data);
        latest.ifPresent(p -> seenAt.putIfAbsent(p, server.requests().size()));
        Thread.sleep(5);
      }
      job.cancel().get(30, TimeUnit.SECONDS);
      List<String> before = server.requests();
      Path checkpoint = BatchJob.latestCheckpoint(data).orElseThrow();
      int requestsAtCheckpoint = seenAt.getOrDefault(checkpoint, before.size());
      assertThat(before.size()).as("cancelled midway").isLessThan(site.files().size());

      long t1 = System.nanoTime();
      new BatchJob(settings.restoredFrom(checkpoint)).run();
      System.out.printf("first run %.1f s, %d requests; restored run %.1f s%n", (t1 - t0) / 1e9, before.size(),
          (System.nanoTime() - t1) / 1e9);

      List<String> after = server.requests().subList(before.size(), server.requests().size());
      Set<String> again = new HashSet<>(before.subList(0, Math.max(0, requestsAtCheckpoint - SLACK)));
      again.retainAll(after);
      again.remove("GET /robots.txt"); // asked again by the home page's feature checks, which run once the crawl ends
      assertThat(again).as("requested before the checkpoint and again after the restore").isEmpty();
      assertThat(after.size()).as("the restored job went on, not from the start").isLessThan(
          before.size() + after.size() - requestsAtCheckpoint + SLACK + 5);
      JsonNode report = new ObjectMapper().readTree(out.resolve("s").resolve("work-report-" + Y + ".json").toFile());
      assertThat(BatchEnginesAgreeTest.mismatches(site.truth(), report)).isEmpty();
    }
  }
}
