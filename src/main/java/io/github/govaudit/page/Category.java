package io.github.govaudit.page;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The publishing category of a column in the annual report: 概况, 政务动态, 信息公开目录 or other. */
public enum Category {
  OVERVIEW, NEWS, DISCLOSURE, OTHER;

  /** The lower-case name printed in JSON output. */
  @JsonValue
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
