package io.github.govaudit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a JVM log written with {@code -Xlog:gc:file=…}: the largest heap left after any
 * collection ("24M->3M(256M)" gives 3M), which is the live data the program kept at its peak.
 */
final class GcLog {

    private static final Pattern PAUSE = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    private GcLog() {
    }

    /** The peak heap after GC in MiB; empty when the log holds no collection. */
    static OptionalDouble peakAfterGcMb(Path log) throws IOException {
        if (!Files.exists(log)) {
            return OptionalDouble.empty();
        }
        double peak = -1;
        for (String line : Files.readAllLines(log)) {
            Matcher m = PAUSE.matcher(line);
            if (m.find()) {
                peak = Math.max(peak, mb(Long.parseLong(m.group(3)), m.group(4)));
            }
        }
        return peak < 0 ? OptionalDouble.empty() : OptionalDouble.of(peak);
    }

    private static double mb(long value, String unit) {
        return switch (unit) {
            case "K" -> value / 1024.0;
            case "G" -> value * 1024.0;
            default -> value;
        };
    }
}
