package io.github.govaudit.supervise;

import java.util.List;
import java.util.Map;

/**
 * {@code supervision-report-Y.json}: the form's blocks, each field {value, source, evidence, note} as in
 * the work report.
 *
 * @param report always {@code supervision}
 * @param year the year
 * @param generatedAt when it was drafted
 * @param toolVersion govaudit's version
 * @param sites the sites read, with their inspections of the year
 * @param sections {@code inspection} (per quarter {@code q1}..{@code q4} and {@code year}),
 *     {@code security_checks}, and the blocks left for a person
 */
public record SupervisionReport(String report, int year, String generatedAt, String toolVersion, List<SiteRow> sites,
    Map<String, Map<String, Object>> sections) {

  /** One site and the dates of its inspections in the year. */
  public record SiteRow(String data, String name, List<String> inspections) {}
}
