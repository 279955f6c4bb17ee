package io.github.govaudit.crawl;

import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * Whether the machine's cores are busy: its CPU load (all processes, 0 to 1) at or above {@link
 * #BUSY}, read at most every {@link #INTERVAL_MS} ms, so asking on every page costs nothing. A
 * crawl whose cores are busy leaves the report's analysis of its pages to the report: the work is
 * the same, but fetching does not wait for it. Thread-safe.
 */
final class BusyCores implements BooleanSupplier {

  /** The load from which the cores count as busy. */
  static final double BUSY = 0.8;
  /** How long one reading of the load holds. */
  static final long INTERVAL_MS = 500;

  private final DoubleSupplier load;
  private final LongSupplier nanoClock;
  private long readAt;
  private boolean busy;
  private boolean read;

  /**
   * @param load the machine's recent CPU load, 0 to 1; negative when unknown (never busy then)
   * @param nanoClock a monotonic clock in nanoseconds
   */
  BusyCores(DoubleSupplier load, LongSupplier nanoClock) {
    this.load = load;
    this.nanoClock = nanoClock;
  }

  /** The cores of this machine, by the JVM's operating-system bean (load unknown without it). */
  static BusyCores ofThisMachine() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return new BusyCores(os::getCpuLoad, System::nanoTime);
    }
    return new BusyCores(() -> -1, System::nanoTime);
  }

  @Override
  public synchronized boolean getAsBoolean() {
    long now = nanoClock.getAsLong();
    if (!read || now - readAt >= TimeUnit.MILLISECONDS.toNanos(INTERVAL_MS)) {
      read = true;
      readAt = now;
      busy = load.getAsDouble() >= BUSY;
    }
    return busy;
  }
}
