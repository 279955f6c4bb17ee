package io.github.govaudit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The bench site server in a JVM of its own (so neither govaudit nor the loops share its heap or
 * threads): started with enough heap for its pages, ready once it prints its home URL.
 */
final class SiteProcess implements AutoCloseable {

    /** Building 200 000 pages takes about a minute; more than this is a hang. */
    static final long START_LIMIT_SECONDS = 15 * 60;
    /** Heap for the server: a base plus room for each page kept as bytes. */
    static final int BASE_HEAP_MB = 1024;
    static final int HEAP_KB_PER_PAGE = 32;

    private final Process process;
    private final String home;

    private SiteProcess(Process process, String home) {
        this.process = process;
        this.home = home;
    }

    static SiteProcess start(String java, int pages, long seed, boolean traps, int threads, Path output)
            throws IOException, InterruptedException {
        long heapMb = BASE_HEAP_MB + (long) pages * HEAP_KB_PER_PAGE / 1024;
        List<String> command = List.of(java, "-Xmx" + heapMb + "m", "-XX:+UseParallelGC",
                "-Dsun.net.httpserver.nodelay=true", "-cp", System.getProperty("java.class.path"),
                BenchSiteServer.class.getName(), "--pages", String.valueOf(pages), "--seed", String.valueOf(seed),
                "--port", "0", "--traps", traps ? "on" : "off", "--threads", String.valueOf(threads));
        Files.createDirectories(output.toAbsolutePath().getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_LIMIT_SECONDS);
        while (System.nanoTime() < deadline) {
            List<String> lines = Files.exists(output) ? Files.readAllLines(output) : List.of();
            if (!lines.isEmpty() && lines.get(0).startsWith("http://") && lines.size() > 1) {
                return new SiteProcess(process, lines.get(0).trim());
            }
            if (!process.isAlive()) {
                throw new IOException("the site server stopped: " + String.join("\n", lines));
            }
            Thread.sleep(200);
        }
        MeasuredProcess.stop(process);
        throw new IOException("the site server did not start within " + START_LIMIT_SECONDS + " s");
    }

    String home() {
        return home;
    }

    @Override
    public void close() throws InterruptedException {
        MeasuredProcess.stop(process);
    }
}
