package io.github.govaudit.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Options of {@code bench/run}.
 *
 * @param sizes site sizes in HTML pages, one table row each
 * @param threads govaudit's --threads, also the bare loop's threads
 * @param limitMinutes time limit of each crawl, wget run and loop
 * @param extraMaxPages if not null, a labelled extra row per size: a crawl with --max-pages
 * @param extraNoTraps whether to add a row per size on the same site without traps
 * @param work where data and logs go (null: a temporary folder)
 */
record BenchOptions(List<Integer> sizes, int threads, long seed, int limitMinutes, Integer extraMaxPages,
                    boolean extraNoTraps, int serverThreads, Path jar, Path out, Path work, boolean keep) {

    static final String USAGE = """
            usage: bench/run [--sizes 57000,200000] [--threads 2] [--seed 20260512] [--timeout-minutes 30]
                             [--extra-max-pages N] [--extra-no-traps] [--server-threads 32]
                             [--out bench/results] [--work DIR] [--keep]
            For each size: serves a generated site (with traps) from its own JVM, runs wget -r, govaudit crawl,
            a bare OkHttp loop over govaudit's URLs, govaudit report, a re-run and a re-run after one item changed,
            then prints one markdown table and saves it under --out.""";

    BenchOptions {
        sizes = List.copyOf(sizes);
    }

    static BenchOptions parse(String[] args) {
        List<Integer> sizes = List.of(57_000, 200_000);
        int threads = 2; // govaudit crawl's own default
        long seed = ServerOptions.DEFAULT_SEED;
        int limit = 30;
        Integer maxPages = null;
        boolean noTraps = false;
        int serverThreads = BenchSiteServer.DEFAULT_THREADS;
        Path jar = Path.of("target", "govaudit.jar");
        Path out = Path.of("bench", "results");
        Path work = null;
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--extra-no-traps" -> noTraps = true;
                case "--keep" -> keep = true;
                case "--help", "-h" -> throw new IllegalArgumentException(USAGE);
                default -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
                    }
                    String value = args[++i];
                    switch (option) {
                        case "--sizes" -> {
                            List<Integer> parsed = new ArrayList<>();
                            for (String size : value.split(",")) {
                                parsed.add(Integer.parseInt(size.trim().replace("_", "")));
                            }
                            sizes = parsed;
                        }
                        case "--threads" -> threads = Integer.parseInt(value);
                        case "--seed" -> seed = Long.parseLong(value);
                        case "--timeout-minutes" -> limit = Integer.parseInt(value);
                        case "--extra-max-pages" -> maxPages = Integer.parseInt(value);
                        case "--server-threads" -> serverThreads = Integer.parseInt(value);
                        case "--jar" -> jar = Path.of(value);
                        case "--out" -> out = Path.of(value);
                        case "--work" -> work = Path.of(value);
                        default -> throw new IllegalArgumentException("unknown option " + option + "\n" + USAGE);
                    }
                }
            }
        }
        return new BenchOptions(sizes, threads, seed, limit, maxPages, noTraps, serverThreads, jar, out, work, keep);
    }

    long limitSeconds() {
        return limitMinutes * 60L;
    }
}
