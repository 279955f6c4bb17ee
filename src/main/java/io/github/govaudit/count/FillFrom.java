package io.github.govaudit.count;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where an empty field's value would come from: the site, the office's records, or a person's judgement. */
public enum FillFrom {
  /** The crawl could show it but did not find it: look on the site, then enter what it shows. */
  SITE,
  /** A number or name the office keeps (analytics, platforms, new-media backends): enter it in the overrides file. */
  OVERRIDES,
  /** A choice or check that needs a person's judgement or records. */
  PERSON;

  @JsonValue
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
