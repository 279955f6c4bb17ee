package io.github.govaudit.inspect;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a check weighs in the verdict: a single-veto item, a deduction from 100, or advice only. */
public enum Severity {
  SINGLE_VETO, DEDUCTION, ADVICE;

  @JsonValue
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static Severity of(String key) {
    return valueOf(key.strip().toUpperCase(Locale.ROOT));
  }
}
