package io.github.govaudit.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Pins how the peak heap after GC is read from a JVM's -Xlog:gc file. */
class GcLogTest {

    @TempDir
    Path temp;

    @Test
    void peakIsTheLargestHeapLeftAfterAnyCollection() throws Exception {
        Path log = temp.resolve("gc.log");
        Files.writeString(log, """
                [0.006s][info][gc] Using G1
                [0.912s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 3.101ms
                [4.210s][info][gc] GC(7) Pause Young (Concurrent Start) (G1 Humongous Allocation) 301M->212M(512M) 9.900ms
                [4.300s][info][gc] GC(8) Concurrent Mark Cycle 80.112ms
                [9.010s][info][gc] GC(9) Pause Full (G1 Compaction Pause) 511M->1G(1G) 120.5ms
                [9.500s][info][gc] GC(10) Pause Young (Normal) (G1 Evacuation Pause) 900K->512K(8M) 1.0ms
                """);
        assertThat(GcLog.peakAfterGcMb(log)).hasValue(1024.0);
    }

    @Test
    void aLogWithoutCollectionsOrNoLogGivesNothing() throws Exception {
        Path log = temp.resolve("gc.log");
        Files.writeString(log, "[0.006s][info][gc] Using G1\n");
        assertThat(GcLog.peakAfterGcMb(log)).isEmpty();
        assertThat(GcLog.peakAfterGcMb(temp.resolve("missing.log"))).isEmpty();
    }
}
