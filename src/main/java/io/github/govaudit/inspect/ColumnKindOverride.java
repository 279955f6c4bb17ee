package io.github.govaudit.inspect;

/**
 * A person's decision on a column's kind, from the profile's {@code inspection: columns:}: matched by
 * URL prefix or exact name. Kind {@code archived} (a 专题 that ended) is never stale nor blank.
 *
 * @param urlPrefix the column's list URL starts with this, or null
 * @param name the column's name equals this, or null
 * @param kind a kind of the ruleset, or {@code archived}
 */
public record ColumnKindOverride(String urlPrefix, String name, String kind) {

  /** The kind that takes a column out of the freshness checks. */
  public static final String ARCHIVED = "archived";

  /** Whether this override applies to the column at {@code url} named {@code columnName}. */
  public boolean matches(String url, String columnName) {
    return urlPrefix != null && url.startsWith(urlPrefix) || name != null && name.equals(columnName);
  }
}
