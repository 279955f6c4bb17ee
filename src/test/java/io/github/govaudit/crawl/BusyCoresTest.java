package io.github.govaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BusyCoresTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void theCoresAreBusyFromFourFifthsOfTheirTimeUp() {
        assertThat(new BusyCores(() -> 0.95, now::get).getAsBoolean()).isTrue();
        assertThat(new BusyCores(() -> BusyCores.BUSY, now::get).getAsBoolean()).isTrue();
        assertThat(new BusyCores(() -> 0.5, now::get).getAsBoolean()).isFalse();
    }

    @Test
    void aLoadTheMachineCannotTellIsNeverBusy() {
        assertThat(new BusyCores(() -> -1, now::get).getAsBoolean()).isFalse();
    }

    @Test
    void theLoadIsReadAtMostOncePerIntervalAndHoldsUntilTheNext() {
        AtomicInteger reads = new AtomicInteger();
        double[] load = {0.9};
        BusyCores cores = new BusyCores(() -> {
            reads.incrementAndGet();
            return load[0];
        }, now::get);

        assertThat(cores.getAsBoolean()).isTrue();
        load[0] = 0.1;
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(BusyCores.INTERVAL_MS - 1));
        assertThat(cores.getAsBoolean()).as("within the interval").isTrue();
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
        assertThat(cores.getAsBoolean()).as("after it").isFalse();
        assertThat(reads).hasValue(2);
    }
}
