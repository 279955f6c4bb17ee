package io.github.govaudit.overrides;

/**
 * One value a person entered for a field.
 *
 * @param section the report's section key
 * @param key the field key; for a field deeper in the section, its keys joined by dots ({@code q1.checks})
 * @param value the value (text, number or yes/no)
 * @param note the person's note, or empty
 */
public record Override(String section, String key, Object value, String note) {

  public Override {
    note = note == null ? "" : note;
  }

  /** The field's path in the report and in the overrides file. */
  public String path() {
    return "sections." + section + "." + key;
  }
}
