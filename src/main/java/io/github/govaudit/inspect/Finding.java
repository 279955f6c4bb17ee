package io.github.govaudit.inspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One problem (or undecidable point) an inspection found.
 *
 * @param check the check id ({@code dead_link}, {@code stale_column} …)
 * @param severity how the check weighs in the verdict
 * @param verdict fail, unverified or not_applicable
 * @param url what the finding is about: a column's list page, a link's target, the home page …
 * @param detail what was found, in one sentence
 * @param measured the measured value (days stale, pages, ratio …), or null
 * @param threshold the rule's threshold it was compared with, or null
 * @param evidence the pages and answers behind it
 * @param rule the rule and its source
 * @param fix what the site office should do
 */
public record Finding(
    String check,
    Severity severity,
    @JsonProperty("verdict") Status verdict,
    String url,
    String detail,
    String measured,
    String threshold,
    List<Evidence> evidence,
    String rule,
    String fix) {

  public Finding {
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  /** The identity a finding keeps from one inspection to the next: its check and URL. */
  public String key() {
    return check + " " + url;
  }

  /**
   * One piece of evidence.
   *
   * @param url a page or answer
   * @param text its anchor text, status chain, date or snippet
   */
  public record Evidence(String url, String text) {}
}
