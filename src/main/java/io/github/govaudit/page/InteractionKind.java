package io.github.govaudit.page;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kind of an interaction column: consultation (征集调查), interview (在线访谈) or message (留言). */
public enum InteractionKind {
  CONSULTATION, INTERVIEW, MESSAGE;

  /** The lower-case name printed in JSON output. */
  @JsonValue
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
