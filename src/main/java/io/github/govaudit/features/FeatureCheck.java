package io.github.govaudit.features;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What asking for one feature entry showed, found during the crawl and kept in the store so the
 * report stays offline: whether the site's search answers a query, a language version answers in
 * its language, an 无障碍 toolbar's script or page loads.
 *
 * @param feature {@code search}, {@code language} or {@code accessibility}
 * @param url the entry's address (for search, the query asked)
 * @param label the entry's label, or what recognised it ({@code form}, {@code script})
 * @param outcome {@code works}, {@code fails} or {@code unverified} (not asked, or no way to tell)
 * @param status the HTTP status of the answer, 0 when none came
 * @param detail what was asked and seen, in a sentence for the report's note
 */
public record FeatureCheck(String feature, String url, String label, String outcome, int status, String detail) {

  public static final String SEARCH = "search";
  public static final String LANGUAGE = "language";
  public static final String ACCESSIBILITY = "accessibility";

  public static final String WORKS = "works";
  public static final String FAILS = "fails";
  public static final String UNVERIFIED = "unverified";

  /** Whether the entry was shown to work. */
  @JsonIgnore
  public boolean works() {
    return WORKS.equals(outcome);
  }
}
