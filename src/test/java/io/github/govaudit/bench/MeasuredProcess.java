package io.github.govaudit.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one command to its end or its time limit and measures it: wall seconds, exit code and peak
 * resident memory (the kernel's high-water mark, VmHWM, read from /proc every
 * {@value #POLL_MILLIS} ms). Past the limit the process gets SIGTERM (govaudit then keeps what it
 * fetched), and SIGKILL {@value #GRACE_SECONDS} s later; either way the run returns.
 */
final class MeasuredProcess {

    static final int POLL_MILLIS = 100;
    static final int GRACE_SECONDS = 60;

    /**
     * What a run measured.
     *
     * @param exit the exit code (-1 when killed)
     * @param peakRssKb peak resident set in KiB, or 0 when /proc could not tell
     */
    record Measured(int exit, boolean timedOut, double seconds, long peakRssKb) {
        boolean ok() {
            return exit == 0 && !timedOut;
        }

        String ending() {
            return timedOut ? "killed at time limit" : exit == 0 ? "done" : "exit " + exit;
        }
    }

    private MeasuredProcess() {
    }

    /** Runs command in dir, stdout and stderr to output, for at most limitSeconds. */
    static Measured run(List<String> command, Path dir, Path output, long limitSeconds) throws IOException, InterruptedException {
        Files.createDirectories(output.toAbsolutePath().getParent());
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        AtomicLong peak = new AtomicLong();
        Thread poller = new Thread(() -> poll(process, peak), "rss-poller");
        poller.setDaemon(true);
        long t0 = System.nanoTime();
        poller.start();
        boolean finished = process.waitFor(limitSeconds, TimeUnit.SECONDS);
        if (!finished) {
            stop(process);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        poller.interrupt();
        poller.join(1000);
        return new Measured(finished ? process.exitValue() : -1, !finished, seconds, peak.get());
    }

    /** SIGTERM to the process and its children, SIGKILL after the grace period. */
    static void stop(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(GRACE_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(GRACE_SECONDS, TimeUnit.SECONDS);
        }
    }

    private static void poll(Process process, AtomicLong peak) {
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        while (process.isAlive() && !Thread.currentThread().isInterrupted()) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) {
                        peak.accumulateAndGet(Long.parseLong(line.replaceAll("\\D", "")), Math::max);
                    }
                }
                Thread.sleep(POLL_MILLIS);
            } catch (IOException e) {
                return; // the process is gone
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
