package io.github.govaudit.supervise;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.govaudit.count.ToFill;
import java.util.List;
import java.util.Map;

/**
 * {@code supervision-report-Y.json}: the form's blocks, each field {value, source, evidence, note} as in
 * the work report; a field with a value per period sits at {@code sections.BLOCK.PERIOD.FIELD}, one
 * with a value for the year at {@code sections.BLOCK.FIELD}. Its JSON ends with {@code to_fill}.
 *
 * @param report always {@code supervision}
 * @param year the year
 * @param generatedAt when it was drafted
 * @param toolVersion govaudit's version
 * @param sites the sites read, with their inspections of the year
 * @param sections {@code inspection} and {@code security_checks} (per quarter {@code q1}..{@code q4} and
 *     {@code year}), then every other block of the form
 */
public record SupervisionReport(String report, int year, String generatedAt, String toolVersion, List<SiteRow> sites,
    Map<String, Map<String, Object>> sections) {

  /** Every field still empty (source missing), where its value would come from and how: the clerk's list. */
  @JsonProperty(value = "to_fill", access = JsonProperty.Access.READ_ONLY)
  public List<ToFill> toFill() {
    return SupervisionToFill.of(sections);
  }

  /** This report with {@code replaced} as its sections (after a person's overrides). */
  public SupervisionReport withSections(Map<String, Map<String, Object>> replaced) {
    return new SupervisionReport(report, year, generatedAt, toolVersion, sites, replaced);
  }

  /** One site and the dates of its inspections in the year. */
  public record SiteRow(String data, String name, List<String> inspections) {}
}
