package io.github.govaudit.page;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a publish date was read: the column list, a meta tag, the disclosure table, the visible body text or the URL. */
public enum DateSource {
  LIST, META, DISCLOSURE_TABLE, BODY, URL;

  /** The lower-case name printed in JSON output. */
  @JsonValue
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
