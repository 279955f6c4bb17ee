package io.github.govaudit.inspect;

/** A ruleset or a profile's inspection section that cannot be read: the message names the file and the key. */
public final class RulesetException extends Exception {
  public RulesetException(String message, Throwable cause) {
    super(message, cause);
  }
}
