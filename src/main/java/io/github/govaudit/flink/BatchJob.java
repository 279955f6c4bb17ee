package io.github.govaudit.flink;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * The batch of sites as a Flink job: the sites source, fetching keyed by host ({@link SiteFetch}),
 * the stores and reports keyed by site ({@link SiteStores}). Checkpoints go to {@code
 * DATA/.flink/checkpoints} and are kept when the job is cancelled or killed; {@link #latestCheckpoint}
 * finds the one to restore from.
 */
public final class BatchJob {

  /** Where the job's checkpoints go, under the data directory. */
  static final String CHECKPOINTS = ".flink/checkpoints";

  /**
   * How to run the batch.
   *
   * @param sites the sites
   * @param data the data directory (each site in {@code DATA/<name>/})
   * @param out the report directory (each site's report in {@code OUT/<name>/})
   * @param parallelism tasks per step
   * @param year the report year, or 0 for each crawl's profile's, else this year
   * @param checkpointMs the checkpoint interval
   * @param restoreFrom a checkpoint to start from, or null
   * @param jobManager HOST:PORT of a running cluster, {@link #SUBMITTED} when {@code flink run} started
   *     this program, or null for an embedded MiniCluster
   */
  public record Settings(List<SiteJob> sites, Path data, Path out, int parallelism, int year, long checkpointMs,
      Path restoreFrom, String jobManager) {
    public Settings {
      sites = List.copyOf(sites);
    }

    /** The same settings, started from {@code checkpoint}. */
    public Settings restoredFrom(Path checkpoint) {
      return new Settings(sites, data, out, parallelism, year, checkpointMs, checkpoint, jobManager);
    }
  }

  /** The job manager of a job started by {@code flink run}: the environment it gives. */
  public static final String SUBMITTED = "flink-run";

  /** The checkpoint interval unless told otherwise: what a killed batch may fetch again. */
  public static final long DEFAULT_CHECKPOINT_MS = 10_000;

  private final Settings settings;

  public BatchJob(Settings settings) {
    this.settings = settings;
  }

  /** Runs the job to its end: every site crawled, stored and reported. */
  public void run() throws Exception {
    prepare();
    environment().execute("govaudit batch");
    removeCheckpoints(settings.data());
  }

  /** Starts the job and returns at once (tests cancel it midway). */
  public JobClient start() throws Exception {
    prepare();
    return environment().executeAsync("govaudit batch");
  }

  private void prepare() throws IOException {
    Files.createDirectories(settings.data());
    for (SiteJob s : settings.sites()) {
      Files.deleteIfExists(settings.data().resolve(s.name()).resolve(SiteStores.DONE_MARKER));
    }
  }

  private StreamExecutionEnvironment environment() {
    Configuration conf = new Configuration();
    set(conf, "execution.checkpointing.interval", settings.checkpointMs() + " ms");
    set(conf, "execution.checkpointing.externalized-checkpoint-retention", "RETAIN_ON_CANCELLATION");
    set(conf, "execution.checkpointing.dir", settings.data().toAbsolutePath().resolve(CHECKPOINTS).toUri().toString());
    set(conf, "pipeline.generic-types", "false");
    if (settings.restoreFrom() != null) {
      set(conf, "execution.savepoint.path", settings.restoreFrom().toAbsolutePath().toUri().toString());
    }
    StreamExecutionEnvironment env;
    if (settings.jobManager() == null) {
      env = StreamExecutionEnvironment.createLocalEnvironment(settings.parallelism(), conf);
    } else if (settings.jobManager().equals(SUBMITTED)) {
      env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
      env.setParallelism(settings.parallelism());
    } else {
      String[] hp = settings.jobManager().split(":", 2);
      env = StreamExecutionEnvironment.createRemoteEnvironment(hp[0], Integer.parseInt(hp[1]), conf, jar());
      env.setParallelism(settings.parallelism());
    }
    env.addSource(new SitesSource(settings.sites(), settings.data()), "sites", TypeInformation.of(SiteJob.class))
        .setParallelism(1)
        .keyBy(SiteJob::host)
        .process(new SiteFetch(), TypeInformation.of(SiteEvent.class)).name("fetch by host")
        .keyBy(SiteEvent::site)
        .process(new SiteStores(settings.data(), settings.out(), settings.year()), TypeInformation.of(String.class))
        .name("store and report by site")
        .sinkTo(new DiscardingSink<>());
    return env;
  }

  private static void set(Configuration conf, String key, String value) {
    ConfigOption<String> option = ConfigOptions.key(key).stringType().noDefaultValue();
    conf.set(option, value);
  }

  /** The jar this class came from, sent to a cluster with the job. */
  private static String jar() {
    try {
      Path p = Path.of(BatchJob.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!Files.isRegularFile(p)) {
        throw new IllegalStateException("submitting to a cluster needs the jar (target/govaudit.jar), not " + p);
      }
      return p.toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot find the jar to submit: " + e.getMessage(), e);
    }
  }

  /** The newest completed checkpoint kept under {@code data}, if a batch there was stopped midway. */
  public static Optional<Path> latestCheckpoint(Path data) {
    java.io.File[] jobs = data.resolve(CHECKPOINTS).toFile().listFiles(java.io.File::isDirectory);
    Path newest = null;
    long newestAt = 0;
    for (java.io.File job : jobs == null ? new java.io.File[0] : jobs) {
      java.io.File[] checkpoints = job.listFiles(f -> f.getName().startsWith("chk-"));
      for (java.io.File c : checkpoints == null ? new java.io.File[0] : checkpoints) {
        long at = modified(c.toPath()); // 0 while it is being written or removed
        if (at > newestAt) {
          newest = c.toPath();
          newestAt = at;
        }
      }
    }
    return Optional.ofNullable(newest);
  }

  private static long modified(Path p) {
    try {
      return Files.getLastModifiedTime(p.resolve("_metadata")).toMillis();
    } catch (IOException e) {
      return 0; // a checkpoint being removed: the oldest
    }
  }

  /** How the site stored in {@code siteDir} ended in the last batch: {@code ok REPORT} or {@code error: …}. */
  public static Optional<String> outcome(Path siteDir) throws IOException {
    Path m = siteDir.resolve(SiteStores.DONE_MARKER);
    return Files.exists(m) ? Optional.of(Files.readString(m, java.nio.charset.StandardCharsets.UTF_8).strip())
        : Optional.empty();
  }

  /** Forgets the checkpoints of a batch that ran to its end: the next batch starts afresh. */
  static void removeCheckpoints(Path data) throws IOException {
    Path root = data.resolve(CHECKPOINTS);
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
