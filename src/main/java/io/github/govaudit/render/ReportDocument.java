package io.github.govaudit.render;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.govaudit.count.WorkReport;
import io.github.govaudit.supervise.SupervisionReport;
import io.github.govaudit.render.FormLayout.Period;
import io.github.govaudit.render.FormLayout.FormRow;
import io.github.govaudit.render.FormLayout.FormSection;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A report as the documents show it, read from its JSON tree so that a section, field or top-level
 * block added to the report later is shown too: the form's sections and rows in the form's order
 * (rows the report lacks left blank; a row with period columns as one row per period, its field at
 * {@code sections.SECTION.PERIOD.FIELD}), then sections and fields the form does not name under their
 * own keys, then every other top-level block (crawl, marks, undated …).
 *
 * @param layout the official form it follows
 * @param year the report year
 * @param siteName the site's name, or empty
 * @param home the site's home URL, or empty
 * @param generatedAt when the draft was made
 * @param toolVersion govaudit's version
 * @param sections sections in the form's order, then the report's other sections
 * @param blocks the report's other top-level blocks in its order
 * @param toFill the fields still empty ({@code to_fill}), in the report's order
 */
public record ReportDocument(FormLayout layout, int year, String siteName, String home, String generatedAt, String toolVersion,
    List<Section> sections, List<Block> blocks, List<ToFillRow> toFill) {

  /** Top-level keys shown in the heading or a part of their own rather than as blocks. */
  static final Set<String> HEADING_KEYS = Set.of("report", "year", "site", "generated_at", "tool_version", "sections",
      "to_fill");

  private static final String NOT_IN_DRAFT = "not in this draft (the site cannot show it): fill in by hand";

  public ReportDocument {
    sections = List.copyOf(sections);
    blocks = List.copyOf(blocks);
    toFill = List.copyOf(toFill);
  }

  /** The document of {@code report}, through the same serialisation as its JSON file. */
  public static ReportDocument of(WorkReport report) {
    return of((JsonNode) Json.mapper().valueToTree(report));
  }

  /** The document of a supervision report, in the supervision form's layout. */
  public static ReportDocument of(SupervisionReport report) {
    return of((JsonNode) Json.mapper().valueToTree(report), FormLayout.SUPERVISION);
  }

  /** The document of a work report's JSON tree ({@code work-report-Y.json}). */
  public static ReportDocument of(JsonNode report) {
    return of(report, FormLayout.WORK);
  }

  /** The document of a report's JSON tree laid out as {@code layout}. */
  public static ReportDocument of(JsonNode report, FormLayout layout) {
    JsonNode site = report.path("site");
    JsonNode sections = report.path("sections");
    List<Section> out = new ArrayList<>();
    for (FormSection fs : layout.sections()) {
      out.add(formSection(layout, fs, sections.path(fs.key())));
    }
    for (String key : names(sections)) {
      if (layout.section(key).isEmpty()) {
        out.add(new Section(key, key, false, extraRows(layout, key, sections.get(key), Set.of())));
      }
    }
    List<Block> blocks = new ArrayList<>();
    for (String key : names(report)) {
      if (!HEADING_KEYS.contains(key)) {
        blocks.add(new Block(key, report.get(key)));
      }
    }
    return new ReportDocument(layout, report.path("year").asInt(), site.path("name").asText(""),
        site.path("home").asText(""), report.path("generated_at").asText(""), report.path("tool_version").asText(""),
        out, blocks, toFill(layout, report.path("to_fill")));
  }

  /** {@code to_fill}'s entries, each labelled with the form's names: 安全检查 · 检查次数 · 一季度. */
  private static List<ToFillRow> toFill(FormLayout layout, JsonNode list) {
    List<ToFillRow> rows = new ArrayList<>();
    for (JsonNode t : list) {
      String field = t.path("field").asText("");
      String[] parts = field.split("\\.");
      String section = parts.length >= 3 ? parts[1] : "";
      String key = parts.length >= 3 ? parts[parts.length - 1] : field;
      String period = parts.length == 4 ? parts[2] : "";
      String periodTitle = layout.period(period).map(p -> " · " + p.title()).orElse(period.isEmpty() ? "" : " · " + period);
      String label = layout.section(section).flatMap(s -> s.row(key))
          .map(r -> sectionTitle(layout, section) + " · " + r.fullLabel() + periodTitle)
          .orElse(section.isEmpty() ? key : section + " · " + key + periodTitle);
      rows.add(new ToFillRow(field, section, key, label, t.path("from").asText(""), t.path("how").asText("")));
    }
    return rows;
  }

  private static String sectionTitle(FormLayout layout, String section) {
    return layout.section(section).map(FormSection::title).orElse(section);
  }

  /** Every row of every section. */
  public List<Row> rows() {
    return sections.stream().flatMap(s -> s.rows().stream()).toList();
  }

  private static Section formSection(FormLayout layout, FormSection fs, JsonNode fields) {
    List<Row> rows = new ArrayList<>();
    Set<String> known = new LinkedHashSet<>();
    layout.periods().forEach(p -> known.add(p.key()));
    for (FormRow r : fs.rows()) {
      known.add(r.key());
      if (layout.perPeriod(r)) {
        for (Period p : layout.periods()) {
          rows.add(formRow(fs, r, p.key(), fields.path(p.key()).get(r.key())));
        }
      } else {
        rows.add(formRow(fs, r, "", fields.get(r.key())));
      }
    }
    rows.addAll(extraRows(layout, fs.key(), fields, known));
    return new Section(fs.key(), fs.title(), true, rows);
  }

  private static Row formRow(FormSection fs, FormRow r, String period, JsonNode f) {
    return f == null
        ? new Row(fs.key(), r.key(), period, r, true, null, "missing", List.of(), NOT_IN_DRAFT)
        : row(fs.key(), r.key(), period, r, true, f);
  }

  private static List<Row> extraRows(FormLayout layout, String section, JsonNode fields, Set<String> known) {
    List<Row> rows = new ArrayList<>();
    if (fields == null || !fields.isObject()) {
      if (fields != null && !fields.isMissingNode()) {
        rows.add(row(section, section, "", new FormRow(section, "", section, "", List.of(), true), false, fields));
      }
      return rows;
    }
    for (String key : names(fields)) {
      if (!known.contains(key)) {
        boolean official = layout.section(section).flatMap(s -> s.row(key)).isPresent();
        rows.add(row(section, key, "", new FormRow(key, "", key, "", List.of(), true), official, fields.get(key)));
      }
    }
    return rows;
  }

  private static Row row(String section, String key, String period, FormRow form, boolean official, JsonNode f) {
    if (!isField(f)) {
      return new Row(section, key, period, form, official, f, "", List.of(), "");
    }
    List<String> evidence = new ArrayList<>();
    f.path("evidence").forEach(e -> evidence.add(e.asText()));
    JsonNode value = f.get("value");
    return new Row(section, key, period, form, official, value == null || value.isNull() ? null : value,
        f.path("source").asText(""), evidence, f.path("note").asText(""));
  }

  /** Whether {@code node} is a report field: {value, source, evidence, note}. */
  static boolean isField(JsonNode node) {
    return node != null && node.isObject() && node.has("source") && node.has("value");
  }

  static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    if (node != null && node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        names.add(it.next().getKey());
      }
    }
    return names;
  }

  /**
   * A section of the document.
   *
   * @param key the report's section key
   * @param title the form's title, else the key
   * @param official whether the form has it
   * @param rows its rows: the form's in order, then the report's others
   */
  public record Section(String key, String title, boolean official, List<Row> rows) {
    public Section {
      rows = List.copyOf(rows);
    }
  }

  /**
   * A row: one field of the report, or a row of the form the report lacks.
   *
   * @param section the section key
   * @param key the field key
   * @param period the period column it fills ({@code q1} … {@code year}), or empty for a row of one value
   * @param form the form's row (for a key the form does not name: the key as label, no unit)
   * @param official whether the form has this row
   * @param value the value, or null when empty
   * @param source crawled, profile, manual or missing; empty for a value that is not a field
   * @param evidence the URLs behind it
   * @param note why it is what it is, or empty
   */
  public record Row(String section, String key, String period, FormRow form, boolean official, JsonNode value, String source,
      List<String> evidence, String note) {
    public Row {
      evidence = List.copyOf(evidence);
    }

    /** Its path in the report and the overrides file: {@code sections.security_checks.q1.checks}. */
    public String path() {
      return "sections." + section + "." + (period.isEmpty() ? "" : period + ".") + key;
    }

    /** Whether the person still has to fill it. */
    public boolean blank() {
      return value == null || value.isNull() || value.isMissingNode() || "missing".equals(source);
    }

    /** The value, if any. */
    public Optional<JsonNode> filled() {
      return blank() ? Optional.empty() : Optional.of(value);
    }
  }

  /**
   * A field still empty, as the report's {@code to_fill} lists it.
   *
   * @param field its path in the report and the overrides file ({@code sections.basic_info.uv})
   * @param section the section key
   * @param key the field key
   * @param label the section's and the row's official names, else the keys
   * @param from site, overrides or person
   * @param how why it is empty and where to look
   */
  public record ToFillRow(String field, String section, String key, String label, String from, String how) {}

  /**
   * A top-level block of the report other than its heading and sections, shown as it is.
   *
   * @param key its key in the report
   * @param node its content
   */
  public record Block(String key, JsonNode node) {}
}
