package io.github.govaudit.inspect;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How a link check ended (criteria B1): it answered, it answered after redirects (reported with the
 * chain, never as dead), it is broken, the tool could not tell (blocked, timed out, robots), or it was
 * not checked (a third-party widget).
 */
public enum LinkOutcome {
  OK, REDIRECT, BROKEN, UNVERIFIED, SKIPPED;

  @JsonValue
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
