package io.github.govaudit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the govaudit CLI in this JVM over string writers, as a user would run it from a shell. */
final class Cli {

    private Cli() {
    }

    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter outWriter = new PrintWriter(out, true);
                PrintWriter errWriter = new PrintWriter(err, true)) {
            code = new Main(outWriter, errWriter).execute(args);
        }
        return new CliRun(code, out.toString(), err.toString());
    }
}
