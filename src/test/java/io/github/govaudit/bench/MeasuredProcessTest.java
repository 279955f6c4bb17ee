package io.github.govaudit.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Pins that a measured run always returns: finished, failed, or stopped at its limit. */
class MeasuredProcessTest {

    @TempDir
    Path temp;

    @Test
    void aFinishedProcessGivesItsExitCodeAndOutput() throws Exception {
        MeasuredProcess.Measured run = MeasuredProcess.run(List.of("sh", "-c", "echo hello; exit 3"), temp,
                temp.resolve("out.txt"), 60);
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.timedOut()).isFalse();
        assertThat(run.ending()).isEqualTo("exit 3");
        assertThat(Files.readString(temp.resolve("out.txt"))).isEqualTo("hello\n");
    }

    @Test
    void aProcessPastItsLimitIsStoppedAndSaysSo() throws Exception {
        MeasuredProcess.Measured run = MeasuredProcess.run(List.of("sleep", "600"), temp, temp.resolve("out.txt"), 1);
        assertThat(run.timedOut()).isTrue();
        assertThat(run.ok()).isFalse();
        assertThat(run.ending()).isEqualTo("killed at time limit");
    }
}
