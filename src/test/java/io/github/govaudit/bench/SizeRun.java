package io.github.govaudit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Every measurement for one site size, against one site server, in the order the issue asks:
 * wget, govaudit's first crawl, the bare loop over the URLs that crawl requested, report, then a
 * second crawl on the unchanged site and a third after one item changed. A phase that fails or
 * runs out of time is recorded as such and the run goes on.
 */
final class SizeRun {

    /**
     * The JVM options of every govaudit run measured: the crawl's heap bound and the launcher's
     * options (its collector, compilation without tiers).
     */
    static final List<String> GOVAUDIT_JVM = List.of("-Xmx512m", "-XX:+UseParallelGC", "-XX:-TieredCompilation");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BenchOptions options;
    private final String java;
    private final Path work;
    private final PrintStream progress;

    SizeRun(BenchOptions options, String java, Path work, PrintStream progress) {
        this.options = options;
        this.java = java;
        this.work = work;
        this.progress = progress;
    }

    List<BenchRow> run(int size) throws IOException, InterruptedException {
        List<BenchRow> rows = new ArrayList<>();
        try (SiteProcess server = start(size, true)) {
            ControlClient control = new ControlClient(server.home());
            JsonNode info = control.info();
            BenchRow.Wget wget = wget(control, server.home(), info.path("reject_regex").asText(), size + "");
            rows.add(measure(String.valueOf(size), control, info, wget, null, size + ""));
            if (options.extraMaxPages() != null) {
                String label = size + " (--max-pages " + options.extraMaxPages() + ")";
                rows.add(measure(label, control, info, wget, options.extraMaxPages(), size + "-max"));
            }
        }
        if (options.extraNoTraps()) {
            try (SiteProcess server = start(size, false)) {
                ControlClient control = new ControlClient(server.home());
                JsonNode info = control.info();
                BenchRow.Wget wget = wget(control, server.home(), "", size + "-clean");
                rows.add(measure(size + " (no traps)", control, info, wget, null, size + "-clean"));
            }
        }
        return rows;
    }

    private SiteProcess start(int size, boolean traps) throws IOException, InterruptedException {
        say(size + ": generating and serving the site" + (traps ? " with traps" : " without traps"));
        SiteProcess server = SiteProcess.start(java, size, options.seed(), traps, options.serverThreads(),
                work.resolve("server-" + size + (traps ? "" : "-clean") + ".out"));
        say(size + ": site at " + server.home());
        return server;
    }

    private BenchRow measure(String label, ControlClient control, JsonNode info, BenchRow.Wget wget, Integer maxPages,
                             String tag) throws IOException, InterruptedException {
        List<String> notes = new ArrayList<>();
        if (wget != null) {
            notes.add(String.format(Locale.ROOT, "wget -r: %s, %d pages, %d requests in %.1f s (%.0f requests/s)",
                    wget.run().ending(), wget.stats().pages(), wget.stats().requests(), wget.run().seconds(),
                    wget.stats().requests() / wget.run().seconds()));
        }
        Path data = work.resolve("data-" + tag);
        BenchRow.Crawl first = crawl(label, control, data, maxPages, tag + "-1");
        notes.add(crawlNote("first crawl", first));
        List<String> urls = new ArrayList<>();
        for (String line : control.log()) {
            String[] parts = line.split(" ", 3);
            if (parts.length == 3 && parts[0].equals("GET")) {
                urls.add(control.origin() + parts[2]);
            }
        }
        BenchRow.Bare bare = bare(label, control, urls);
        notes.add(String.format(Locale.ROOT, "bare loop: %d of %d URLs in %.1f s (%.0f requests/s, %d without answer)",
                bare.fetched().requests(), urls.size(), bare.fetched().seconds(),
                bare.fetched().requests() / bare.fetched().seconds(), bare.fetched().failures()));
        BenchRow.Report report = report(label, data, work.resolve("report-" + tag + "-1"));
        BenchRow.Rerun rerun;
        if (maxPages != null) {
            rerun = BenchRow.Rerun.skipped("a --max-pages crawl is not re-run");
        } else if (!first.run().ok()) {
            rerun = BenchRow.Rerun.skipped("the first crawl did not finish (" + first.run().ending()
                    + "), so a re-run would only continue it");
        } else {
            rerun = rerun(label, control, data, info.path("touch_sample").asText(), tag, notes);
        }
        if (rerun.notRunBecause() != null) {
            notes.add("re-run not measured: " + rerun.notRunBecause());
        }
        if (!options.keep()) {
            delete(data);
        }
        return new BenchRow(label, info.path("real_pages").asInt(), info.path("truth").path("info_publishing.total").asInt(),
                wget, first, bare, report, rerun, notes);
    }

    private BenchRow.Wget wget(ControlClient control, String home, String reject, String tag)
            throws IOException, InterruptedException {
        if (!onPath("wget")) {
            say(tag + ": wget not found, skipped");
            return null;
        }
        Path dir = work.resolve("wget-" + tag);
        List<String> command = new ArrayList<>(List.of("wget", "-r", "-l", "inf", "-nv", "-e", "robots=on", "-P", dir.toString()));
        if (!reject.isEmpty()) {
            command.addAll(List.of("--reject-regex", reject));
        }
        command.add(home);
        control.reset();
        say(tag + ": wget -r");
        MeasuredProcess.Measured run = MeasuredProcess.run(command, Path.of("."), work.resolve("wget-" + tag + ".out"),
                options.limitSeconds());
        ControlClient.Stats stats = control.stats();
        say(String.format(Locale.ROOT, "%s: wget %s, %d pages in %.1f s", tag, run.ending(), stats.pages(), run.seconds()));
        delete(dir);
        return new BenchRow.Wget(run, stats);
    }

    private BenchRow.Crawl crawl(String label, ControlClient control, Path data, Integer maxPages, String tag)
            throws IOException, InterruptedException {
        Path gc = work.resolve("gc-" + tag + ".log");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(GOVAUDIT_JVM);
        command.addAll(List.of("-Xlog:gc:file=" + gc.toAbsolutePath(), "-jar", options.jar().toString(), "crawl",
                "--home", control.origin() + "/", "--data", data.toString(), "--delay", "0",
                "--threads", String.valueOf(options.threads())));
        if (maxPages != null) {
            command.addAll(List.of("--max-pages", String.valueOf(maxPages)));
        }
        control.reset();
        say(label + ": govaudit crawl (" + tag + "), time limit " + options.limitMinutes() + " min");
        MeasuredProcess.Measured run = MeasuredProcess.run(command, Path.of("."), work.resolve("crawl-" + tag + ".out"),
                options.limitSeconds());
        BenchRow.Crawl crawl = new BenchRow.Crawl(run, control.stats(), GcLog.peakAfterGcMb(gc));
        say(label + ": " + crawlNote("crawl " + tag, crawl));
        return crawl;
    }

    private BenchRow.Bare bare(String label, ControlClient control, List<String> urls) throws IOException, InterruptedException {
        control.reset();
        say(label + ": bare loop over " + urls.size() + " URLs");
        BareFetchLoop.Fetched fetched = BareFetchLoop.run(urls, options.threads(), options.limitSeconds());
        return new BenchRow.Bare(fetched, control.stats());
    }

    private BenchRow.Report report(String label, Path data, Path out) throws IOException, InterruptedException {
        say(label + ": govaudit report");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(GOVAUDIT_JVM);
        command.addAll(List.of("-jar", options.jar().toString(), "report", "--data", data.toString(), "--year",
                String.valueOf(BenchSite.REPORT_YEAR), "--out", out.toString()));
        MeasuredProcess.Measured run = MeasuredProcess.run(command, Path.of("."),
                out.resolveSibling(out.getFileName() + ".out"), options.limitSeconds());
        Path json = out.resolve("work-report-" + BenchSite.REPORT_YEAR + ".json");
        Integer total = null;
        if (Files.exists(json)) {
            JsonNode value = JSON.readTree(json.toFile()).path("sections").path("info_publishing").path("total").path("value");
            total = value.isNumber() ? value.asInt() : null;
        }
        return new BenchRow.Report(run, total);
    }

    private BenchRow.Rerun rerun(String label, ControlClient control, Path data, String sample, String tag, List<String> notes)
            throws IOException, InterruptedException {
        BenchRow.Crawl second = crawl(label, control, data, null, tag + "-2");
        notes.add(crawlNote("re-run on the unchanged site", second));
        JsonNode touched = control.touch(sample);
        String newTitle = touched.path("new_title").asText();
        BenchRow.Crawl third = crawl(label, control, data, null, tag + "-3");
        notes.add(crawlNote("re-run after touching " + sample + " (" + touched.path("pages").size() + " pages changed)", third));
        boolean refetched = control.log().contains("GET 200 " + sample);
        Path out = work.resolve("report-" + tag + "-3");
        BenchRow.Report afterTouch = report(label, data, out);
        notes.add(String.format(Locale.ROOT, "report after the touch: %s after %.1f s, total %s", afterTouch.run().ending(),
                afterTouch.run().seconds(), afterTouch.total()));
        Path evidence = out.resolve("evidence-" + BenchSite.REPORT_YEAR + ".csv");
        boolean reported = Files.exists(evidence) && Files.readString(evidence, StandardCharsets.UTF_8).contains(newTitle);
        return new BenchRow.Rerun(second.stats(), refetched, reported, null);
    }

    private static String crawlNote(String what, BenchRow.Crawl crawl) {
        return String.format(Locale.ROOT, "%s: %s after %.1f s, %d requests, %d pages, %d answered 304, %d into traps %s",
                what, crawl.run().ending(), crawl.run().seconds(), crawl.stats().requests(), crawl.stats().pages(),
                crawl.stats().notModified(), crawl.stats().trapRequests(), crawl.stats().trapRequestsByTrap());
    }

    private void say(String line) {
        progress.println("bench: " + line);
    }

    private static boolean onPath(String program) {
        try {
            return new ProcessBuilder(program, "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
