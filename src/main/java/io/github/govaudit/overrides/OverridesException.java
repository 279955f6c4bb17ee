package io.github.govaudit.overrides;

/** An overrides file that cannot be used, with a one-line message naming the file and what is wrong. */
public final class OverridesException extends Exception {

  OverridesException(String file, String problem) {
    super("overrides " + file + ": " + problem);
  }
}
