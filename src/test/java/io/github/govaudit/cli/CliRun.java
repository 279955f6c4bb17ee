package io.github.govaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** What one run of the govaudit CLI gave back: its exit code and everything it printed. */
record CliRun(int code, String out, String err) {

    static final String ERROR_PREFIX = "govaudit: error: ";

    /** The non-blank lines printed on stderr. */
    List<String> errLines() {
        return err.lines().filter(line -> !line.isBlank()).toList();
    }

    /**
     * Asserts that stderr holds exactly one error line in the CLI's format, with no stack trace,
     * and returns it.
     */
    String errorLine() {
        assertThat(errLines())
                .as("stderr of a failed run must be one line; got:%n%s", err)
                .hasSize(1);
        assertThat(err).doesNotContain("Exception").doesNotContain("\tat ");
        String line = errLines().get(0);
        assertThat(line).startsWith(ERROR_PREFIX);
        return line;
    }

    @Override
    public String toString() {
        return "exit " + code + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
    }
}
