package io.github.govaudit.page;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kind of a policy interpretation (解读): text material, product (图解, video …) or media review. */
public enum InterpretationKind {
  MATERIAL, PRODUCT, MEDIA_REVIEW;

  /** The lower-case name printed in JSON output. */
  @JsonValue
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
