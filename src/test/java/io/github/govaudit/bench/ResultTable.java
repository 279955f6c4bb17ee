package io.github.govaudit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes benchmark rows as one markdown table, with each row's notes below it. */
final class ResultTable {

    private static final List<String> HEADER = List.of("size", "real pages", "wget pages/s", "bare loop pages/s",
            "govaudit pages/s", "vs wget", "vs bare loop", "crawl s", "crawl ended", "pages", "requests",
            "real pages fetched", "trap requests", "peak RSS MB", "peak heap MB", "report s",
            "report total (truth)", "re-run requests", "changed item refetched", "new title in report",
            "requests / counted item");

    private ResultTable() {
    }

    static String markdown(List<BenchRow> rows) {
        StringBuilder md = new StringBuilder("| " + String.join(" | ", HEADER) + " |\n|");
        HEADER.forEach(h -> md.append("---|"));
        md.append('\n');
        for (BenchRow row : rows) {
            md.append("| ").append(String.join(" | ", cells(row))).append(" |\n");
        }
        StringBuilder notes = new StringBuilder();
        for (BenchRow row : rows) {
            row.notes().forEach(note -> notes.append("- ").append(row.label()).append(": ").append(note).append('\n'));
        }
        return notes.isEmpty() ? md.toString() : md + "\n" + notes;
    }

    static List<String> cells(BenchRow row) {
        List<String> c = new ArrayList<>();
        BenchRow.Crawl crawl = row.crawl();
        c.add(row.label());
        c.add(String.valueOf(row.realPages()));
        c.add(row.wget() == null ? "—" : f0(row.wget().pagesPerSecond()));
        c.add(row.bare() == null ? "—" : f0(row.bare().pagesPerSecond()));
        c.add(crawl == null ? "—" : f0(crawl.pagesPerSecond()));
        c.add(crawl == null || row.wget() == null ? "—" : f2(crawl.pagesPerSecond() / row.wget().pagesPerSecond()));
        c.add(crawl == null || row.bare() == null ? "—" : f2(crawl.pagesPerSecond() / row.bare().pagesPerSecond()));
        c.add(crawl == null ? "—" : f0(crawl.run().seconds()));
        c.add(crawl == null ? "—" : crawl.run().ending());
        c.add(crawl == null ? "—" : String.valueOf(crawl.stats().pages()));
        c.add(crawl == null ? "—" : String.valueOf(crawl.stats().requests()));
        c.add(crawl == null ? "—" : crawl.stats().realPages() + "/" + row.realPages());
        c.add(crawl == null ? "—" : String.valueOf(crawl.stats().trapRequests()));
        c.add(crawl == null || crawl.run().peakRssKb() == 0 ? "—" : f0(crawl.run().peakRssKb() / 1024.0));
        c.add(crawl == null || crawl.peakHeapMb().isEmpty() ? "—" : f0(crawl.peakHeapMb().getAsDouble()));
        BenchRow.Report report = row.report();
        c.add(report == null ? "—" : f1(report.run().seconds()) + (report.run().ok() ? "" : " (" + report.run().ending() + ")"));
        c.add((report == null || report.total() == null ? "—" : String.valueOf(report.total())) + " (" + row.truthTotal() + ")");
        BenchRow.Rerun rerun = row.rerun();
        boolean reran = rerun != null && rerun.second() != null && crawl != null;
        c.add(reran ? f2((double) rerun.second().requests() / crawl.stats().requests()) : "—");
        c.add(rerun == null || rerun.touchedRefetched() == null ? "—" : yesNo(rerun.touchedRefetched()));
        c.add(rerun == null || rerun.newTitleReported() == null ? "—" : yesNo(rerun.newTitleReported()));
        c.add(crawl == null || report == null || report.total() == null || report.total() == 0 ? "—"
                : f1((double) crawl.stats().requests() / report.total()));
        return c;
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    private static String f0(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
