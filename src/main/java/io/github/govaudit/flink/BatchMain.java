package io.github.govaudit.flink;

import io.github.govaudit.profile.ProfileException;
import io.github.govaudit.profile.SitesFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The job's own entry point, for {@code flink run -c io.github.govaudit.flink.BatchMain govaudit.jar
 * --sites FILE --data DIR --out DIR [--parallelism N] [--delay MS] [--max-pages N] [--year Y]}: the
 * same job as {@code govaudit batch --engine flink}, in the environment {@code flink run} gives. The
 * directories must be on a filesystem every task manager mounts at the same path.
 */
public final class BatchMain {

  private BatchMain() {}

  public static void main(String[] args) throws Exception {
    try {
      new BatchJob(settings(args)).run();
    } catch (IllegalArgumentException | ProfileException e) {
      System.err.println("govaudit: error: " + e.getMessage());
      System.exit(2);
    }
  }

  static BatchJob.Settings settings(String[] args) throws ProfileException {
    Path sites = null;
    Path data = Path.of("data");
    Path out = Path.of("reports");
    int parallelism = 4;
    int delay = -1;
    int maxPages = -1;
    int year = 0;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      if (value == null) {
        throw new IllegalArgumentException(args[i] + " needs a value");
      }
      switch (args[i]) {
        case "--sites" -> sites = Path.of(value);
        case "--data" -> data = Path.of(value);
        case "--out" -> out = Path.of(value);
        case "--parallelism" -> parallelism = number(args[i], value);
        case "--delay" -> delay = number(args[i], value);
        case "--max-pages" -> maxPages = number(args[i], value);
        case "--year" -> year = number(args[i], value);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; usage: --sites FILE --data DIR --out DIR [--parallelism N] [--delay MS] [--max-pages N] [--year Y]");
      }
      i++;
    }
    if (sites == null) {
      throw new IllegalArgumentException("--sites FILE is needed");
    }
    List<SiteJob> jobs = new ArrayList<>();
    for (SitesFile.Site s : new SitesFile().read(sites)) {
      jobs.add(SiteJob.of(s, delay, maxPages));
    }
    return new BatchJob.Settings(jobs, data, out, Math.max(1, parallelism), year, BatchJob.DEFAULT_CHECKPOINT_MS,
        BatchJob.latestCheckpoint(data).orElse(null), BatchJob.SUBMITTED);
  }

  private static int number(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " takes a number, not '" + value + "'");
    }
  }
}
