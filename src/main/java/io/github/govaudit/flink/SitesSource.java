package io.github.govaudit.flink;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.streaming.api.functions.source.SourceFunction;

/**
 * Sends the batch's sites, then stays open until every site has left its {@link
 * SiteStores#DONE_MARKER}: a streaming job whose sources all finish ends without firing the pending
 * timers, and a crawl lives on its timers. The data directory must thus be one every task manager and
 * this source see (a shared filesystem on a cluster).
 */
final class SitesSource implements SourceFunction<SiteJob> {

  /** How often it looks for the markers. */
  private static final long POLL_MS = 200;

  private final List<SiteJob> sites;
  private final String data;
  private volatile boolean running = true;

  SitesSource(List<SiteJob> sites, Path data) {
    this.sites = List.copyOf(sites);
    this.data = data.toAbsolutePath().toString();
  }

  @Override
  public void run(SourceContext<SiteJob> ctx) throws InterruptedException {
    synchronized (ctx.getCheckpointLock()) {
      sites.forEach(ctx::collect);
    }
    while (running && !allDone()) {
      Thread.sleep(POLL_MS);
    }
  }

  private boolean allDone() {
    return sites.stream().allMatch(s -> Files.exists(Path.of(data, s.name(), SiteStores.DONE_MARKER)));
  }

  @Override
  public void cancel() {
    running = false;
  }
}
