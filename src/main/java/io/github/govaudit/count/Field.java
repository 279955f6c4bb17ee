package io.github.govaudit.count;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * One field of a report: its value, where the value came from, the URLs behind it and a note
 * where a rule needed judgement or the site could not show it.
 *
 * @param value the value (a number, text, yes/no), or null when missing
 * @param source where it came from
 * @param evidence the URLs it was counted from (all of them)
 * @param note why it is what it is, or empty
 */
public record Field(Object value, Source source, List<String> evidence, String note) {

  public Field {
    evidence = List.copyOf(evidence);
    note = note == null ? "" : note;
  }

  /** A value found on the crawled site. */
  public static Field crawled(Object value, List<String> evidence, String note) {
    return new Field(value, Source.CRAWLED, evidence, note);
  }

  /** A value taken from the crawl profile. */
  public static Field profile(Object value, String note) {
    return new Field(value, Source.PROFILE, List.of(), note);
  }

  /** A field the site cannot show (or the crawl did not find), with the reason. */
  public static Field missing(String why) {
    return new Field(null, Source.MISSING, List.of(), why);
  }

  /** Where a field's value came from. */
  public enum Source {
    CRAWLED, PROFILE, MANUAL, MISSING;

    @JsonValue
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
