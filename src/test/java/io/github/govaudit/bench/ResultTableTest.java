package io.github.govaudit.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/** Pins the benchmark table: ratios from the same row, dashes for phases not run, notes below. */
class ResultTableTest {

    @Test
    void ratiosComeFromTheSameRowAndPhasesNotRunShowDashes() {
        ControlClient.Stats wgetStats = new ControlClient.Stats(1100, 1000, 0, 0, 1000, 1, Map.of());
        ControlClient.Stats crawlStats = new ControlClient.Stats(4000, 900, 0, 2000, 800, 1, Map.of("calendar", 2000L));
        ControlClient.Stats bareStats = new ControlClient.Stats(4000, 3600, 0, 2000, 800, 1, Map.of());
        BenchRow row = new BenchRow("3000", 1040, 359,
                new BenchRow.Wget(new MeasuredProcess.Measured(8, false, 2.0, 0), wgetStats),
                new BenchRow.Crawl(new MeasuredProcess.Measured(-1, true, 90.0, 700 * 1024), crawlStats, OptionalDouble.of(480.4)),
                new BenchRow.Bare(new BareFetchLoop.Fetched(4000, 4.0, 0), bareStats),
                new BenchRow.Report(new MeasuredProcess.Measured(0, false, 12.34, 0), 350),
                BenchRow.Rerun.skipped("first crawl unfinished"), List.of("a note"));
        List<String> cells = ResultTable.cells(row);
        assertThat(cells).containsExactly("3000", "1040", "500", "900", "10", "0.02", "0.01", "90", "killed at time limit",
                "900", "4000", "800/1040", "2000", "700", "480", "12.3", "350 (359)", "—", "—", "—", "11.4");
        assertThat(ResultTable.markdown(List.of(row))).contains("| size | real pages |", "- 3000: a note");
    }
}
