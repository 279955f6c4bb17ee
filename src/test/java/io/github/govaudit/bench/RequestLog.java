package io.github.govaudit.bench;

import java.io.IOException;
import java.io.Writer;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Every request since the last reset, in arrival order, one line each: {@code METHOD STATUS /path?query}. */
final class RequestLog {

    private final Queue<String> lines = new ConcurrentLinkedQueue<>();

    void add(String method, int status, String pathAndQuery) {
        lines.add(method + " " + status + " " + pathAndQuery);
    }

    void reset() {
        lines.clear();
    }

    void writeTo(Writer out) throws IOException {
        for (String line : lines) {
            out.write(line);
            out.write('\n');
        }
    }
}
