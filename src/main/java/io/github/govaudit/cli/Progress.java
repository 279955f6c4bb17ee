package io.github.govaudit.cli;

import io.github.govaudit.crawl.CrawlStats;
import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a crawl's progress on stderr: a progress bar when stderr is a terminal, otherwise a plain
 * line every {@link #LOG_INTERVAL_SECONDS} seconds (for logs and CI).
 */
final class Progress implements AutoCloseable {

  static final int LOG_INTERVAL_SECONDS = 5;

  private final ScheduledExecutorService timer;
  private final ProgressBar bar;
  private final PrintWriter err;

  private Progress(ScheduledExecutorService timer, ProgressBar bar, PrintWriter err) {
    this.timer = timer;
    this.bar = bar;
    this.err = err;
  }

  /** Shows nothing (several crawls at once print their own lines). */
  static Progress none() {
    return new Progress(null, null, null);
  }

  static Progress start(CrawlStats stats, PrintWriter err) {
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "govaudit-progress");
      t.setDaemon(true);
      return t;
    });
    long t0 = System.nanoTime();
    if (System.console() != null) {
      // drawn through our own writer, redrawn in place with a carriage return
      DelegatingProgressBarConsumer toErr = new DelegatingProgressBarConsumer(line -> {
        err.print('\r' + line);
        err.flush();
      });
      ProgressBar bar = new ProgressBarBuilder().setTaskName("crawl").setStyle(ProgressBarStyle.ASCII)
          .setInitialMax(-1).setUnit(" pages", 1).showSpeed().setConsumer(toErr).build();
      timer.scheduleAtFixedRate(() -> {
        bar.stepTo(stats.fetched());
        bar.setExtraMessage(" · " + stats.queued() + " queued, " + stats.errors() + " errors");
      }, 200, 200, TimeUnit.MILLISECONDS);
      return new Progress(timer, bar, err);
    }
    timer.scheduleAtFixedRate(() -> {
      double s = (System.nanoTime() - t0) / 1e9;
      err.printf("govaudit: crawl: %d fetched, %d queued, %d errors, %.1f pages/s, %.0f s elapsed%n",
          stats.fetched(), stats.queued(), stats.errors(), stats.fetched() / Math.max(s, 0.001), s);
      err.flush();
    }, LOG_INTERVAL_SECONDS, LOG_INTERVAL_SECONDS, TimeUnit.SECONDS);
    return new Progress(timer, null, err);
  }

  @Override
  public void close() {
    if (timer == null) {
      return;
    }
    timer.shutdownNow();
    if (bar != null) {
      bar.close();
      err.println();
      err.flush();
    }
  }
}
