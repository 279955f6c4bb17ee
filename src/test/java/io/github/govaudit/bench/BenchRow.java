package io.github.govaudit.bench;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One row of the benchmark table: one site size (or a labelled variant) with what each phase
 * measured; a phase not run is null.
 *
 * @param label "57000", or e.g. "57000 (--max-pages 20000)"
 * @param realPages real HTML pages of the site
 * @param truthTotal info_publishing.total the site's truth gives
 */
record BenchRow(String label, int realPages, int truthTotal, Wget wget, Crawl crawl, Bare bare, Report report,
                Rerun rerun, List<String> notes) {

    BenchRow {
        notes = List.copyOf(notes);
    }

    /** wget -r on the site, traps rejected. */
    record Wget(MeasuredProcess.Measured run, ControlClient.Stats stats) {
        double pagesPerSecond() {
            return stats.pages() / run.seconds();
        }
    }

    /** One govaudit crawl, with the server's counters for it and the peak heap after GC. */
    record Crawl(MeasuredProcess.Measured run, ControlClient.Stats stats, OptionalDouble peakHeapMb) {
        double pagesPerSecond() {
            return stats.pages() / run.seconds();
        }
    }

    /** The bare fetch loop over the first crawl's URLs. */
    record Bare(BareFetchLoop.Fetched fetched, ControlClient.Stats stats) {
        double pagesPerSecond() {
            return stats.pages() / fetched.seconds();
        }
    }

    /** govaudit report on the first crawl's store. */
    record Report(MeasuredProcess.Measured run, Integer total) {
    }

    /**
     * The second crawl on the unchanged site and the third after one item was touched; null fields
     * and a reason when they were not run.
     */
    record Rerun(ControlClient.Stats second, Boolean touchedRefetched, Boolean newTitleReported, String notRunBecause) {
        static Rerun skipped(String reason) {
            return new Rerun(null, null, null, reason);
        }
    }
}
