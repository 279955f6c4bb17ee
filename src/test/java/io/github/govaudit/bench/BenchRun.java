package io.github.govaudit.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark behind {@code bench/run}: for each size, a generated site served from its own JVM,
 * measured with wget, govaudit and a bare fetch loop in the same run; prints one markdown table
 * and saves it under {@code bench/results/}. Exit 0 when the table was written, 2 on bad options.
 */
public final class BenchRun {

    private BenchRun() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (!Files.isRegularFile(options.jar())) {
            err.println("bench: no " + options.jar() + "; build it with mvn -B -q -DskipTests package");
            System.exit(2);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() ->
                ProcessHandle.current().descendants().forEach(ProcessHandle::destroy), "bench-children"));
        String java = ProcessHandle.current().info().command().orElse("java");
        Path work = options.work() != null ? Files.createDirectories(options.work())
                : Files.createTempDirectory("govaudit-bench-");
        err.println("bench: working in " + work);
        List<BenchRow> rows = new ArrayList<>();
        for (int size : options.sizes()) {
            rows.addAll(new SizeRun(options, java, work, err).run(size));
            err.println(ResultTable.markdown(rows));
        }
        String report = header(options, args) + ResultTable.markdown(rows);
        out.println();
        out.print(report);
        Path saved = save(options.out(), report);
        out.println("\nsaved to " + saved);
        if (!options.keep() && options.work() == null) {
            SizeRun.delete(work);
        }
    }

    private static String header(BenchOptions options, String[] args) {
        Runtime rt = Runtime.getRuntime();
        return "# govaudit benchmark " + LocalDateTime.now().withNano(0) + "\n\n"
                + "`bench/run " + String.join(" ", args) + "` on " + rt.availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + "; govaudit `" + String.join(" ", SizeRun.GOVAUDIT_JVM)
                + " --delay 0 --threads " + options.threads()
                + "`, time limit " + options.limitMinutes() + " min per crawl.\n\n";
    }

    private static Path save(Path dir, String report) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("bench-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
        Files.writeString(file, report, StandardCharsets.UTF_8);
        return file;
    }
}
