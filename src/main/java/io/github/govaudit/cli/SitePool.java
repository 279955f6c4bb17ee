package io.github.govaudit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Runs one task per site of a sites file, a bounded number at a time, and gives their outcomes in the file's order. */
final class SitePool {

  private SitePool() {}

  /**
   * Runs {@code task} for each of {@code sites}, at most {@code parallel} at once.
   *
   * @param doing what the tasks do, for an error ("crawling the sites")
   */
  static <S, R> List<R> runAll(List<S> sites, int parallel, Function<S, R> task, String doing) throws CliError {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallel, sites.size())));
    try {
      List<Future<R>> running = new ArrayList<>();
      for (S site : sites) {
        running.add(pool.submit(() -> task.apply(site)));
      }
      List<R> outcomes = new ArrayList<>();
      for (Future<R> f : running) {
        outcomes.add(f.get());
      }
      return outcomes;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CliError.failed("interrupted while " + doing, e);
    } catch (ExecutionException e) {
      throw CliError.failed(doing + " failed unexpectedly: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
