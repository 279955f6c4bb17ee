package io.github.govaudit.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pins the options of bench/run. */
class BenchOptionsTest {

    @Test
    void defaultsMeasureTheIssuesTwoSizesWithTheCrawlsTwoThreads() {
        BenchOptions options = BenchOptions.parse(new String[0]);
        assertThat(options.sizes()).containsExactly(57_000, 200_000);
        assertThat(options.threads()).isEqualTo(2);
        assertThat(options.limitSeconds()).isEqualTo(30 * 60);
        assertThat(options.extraMaxPages()).isNull();
    }

    @Test
    void parsesSizesThreadsSeedLimitAndExtraRows() {
        BenchOptions options = BenchOptions.parse(new String[] {"--sizes", "3000, 57_000", "--threads", "8", "--seed", "7",
                "--timeout-minutes", "5", "--extra-max-pages", "20000", "--extra-no-traps", "--keep"});
        assertThat(options.sizes()).isEqualTo(List.of(3000, 57000));
        assertThat(options.threads()).isEqualTo(8);
        assertThat(options.seed()).isEqualTo(7);
        assertThat(options.limitMinutes()).isEqualTo(5);
        assertThat(options.extraMaxPages()).isEqualTo(20000);
        assertThat(options.extraNoTraps()).isTrue();
        assertThat(options.keep()).isTrue();
    }

    @Test
    void unknownOptionsAndMissingValuesAreRefusedWithTheUsage() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--size", "3"})).hasMessageContaining("usage: bench/run");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--threads"})).hasMessageContaining("needs a value");
    }
}
