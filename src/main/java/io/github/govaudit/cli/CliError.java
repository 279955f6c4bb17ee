package io.github.govaudit.cli;

/**
 * A failure to report as one line on stderr with an exit code: {@link #USAGE} for bad usage or
 * input, {@link #FAILED} when the run itself failed.
 */
final class CliError extends Exception {

  static final int FAILED = 1;
  static final int USAGE = 2;

  private final int exitCode;

  private CliError(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  static CliError usage(String message) {
    return new CliError(USAGE, message, null);
  }

  static CliError failed(String message, Throwable cause) {
    return new CliError(FAILED, message, cause);
  }

  int exitCode() {
    return exitCode;
  }
}
