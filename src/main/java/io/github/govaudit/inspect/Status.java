package io.github.govaudit.inspect;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What a finding says: the site fails the rule, the tool could not decide (blocked, timed out, needs a
 * person), or the rule cannot be applied to this run. Only {@code fail} counts in the verdict.
 */
public enum Status {
  FAIL, UNVERIFIED, NOT_APPLICABLE;

  @JsonValue
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static Status of(String key) {
    return valueOf(key.strip().toUpperCase(Locale.ROOT));
  }
}
