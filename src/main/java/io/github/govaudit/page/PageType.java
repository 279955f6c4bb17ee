package io.github.govaudit.page;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What kind of page a stored page is: home, column list, article, disclosure article, search or other. */
public enum PageType {
  HOME, LIST, ITEM, DISCLOSURE_ITEM, SEARCH, OTHER;

  /** The lower-case name printed in JSON output. */
  @JsonValue
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
