package io.github.govaudit.render;

import java.util.List;
import java.util.Optional;

/**
 * An official form as govaudit lays it out: its title, sections and rows in the form's order, each
 * row's label, unit and choices, keyed by the report's section and field keys, its period columns
 * (none for the work report; the four quarters and the year for the supervision report), and the
 * text printed under it. The one place where a report key meets its official label; keys not listed
 * are shown under their own name.
 *
 * @param title the form's title (政府网站工作年度报表)
 * @param fileStem the report's file name before the year ({@code work-report})
 * @param periods the value columns of a row that takes one value per period, or empty
 * @param sections the sections in the form's order
 * @param signatures the signature line at the foot of the form
 * @param note the form's closing note, as printed on it
 * @param evidenceListed evidence entries the DOCX annex lists per field (0: only their count)
 */
public record FormLayout(String title, String fileStem, List<Period> periods, List<FormSection> sections,
    String signatures, String note, int evidenceListed) {

  /** Choices of a yes/no row (☑是 □否). */
  public static final List<String> YES_NO = List.of("是", "否");

  /** The 政府网站工作年度报表. */
  public static final FormLayout WORK = new FormLayout("政府网站工作年度报表", "work-report", List.of(), WorkForm.SECTIONS,
      "单位负责人：　　　审核人：　　　填报人：　　　联系电话：　　　　填报时间：　　年　月　日",
      "注：1．各级各类政府网站根据工作开展实际填写。开展相应工作或有相关数据即填写，未填写视为未开展相应工作或无相关数据。"
          + "2．填写数据时应一并填写单位。3．指标未产生数据或内容一律写“无”。", 0);

  /** The 政府网站监管年度报表. */
  public static final FormLayout SUPERVISION = new FormLayout("政府网站监管年度报表", "supervision-report",
      SupervisionForm.PERIODS, SupervisionForm.SECTIONS,
      "单位负责人：　　　审核人：　　　填报人：　　　联系电话：　　　　填报日期：　　年　月　日",
      "注：1．指标未产生数据一律写“无”。2．永久下线网站和临时下线网站名单（网站名称、网站标识码、下线时间）随表报送。",
      SupervisionForm.EVIDENCE_LISTED);

  public FormLayout {
    periods = List.copyOf(periods);
    sections = List.copyOf(sections);
  }

  /** The section of {@code key}, if the form has it. */
  public Optional<FormSection> section(String key) {
    return sections.stream().filter(s -> s.key().equals(key)).findFirst();
  }

  /** The period of {@code key} ({@code q1} … {@code year}), if the form has it. */
  public Optional<Period> period(String key) {
    return periods.stream().filter(p -> p.key().equals(key)).findFirst();
  }

  /** Whether {@code row} takes one value per period (else one value for the whole form). */
  public boolean perPeriod(FormRow row) {
    return !periods.isEmpty() && !row.whole();
  }

  /**
   * A value column of the form.
   *
   * @param key its key in the report ({@code q1})
   * @param title its heading on the form (一季度)
   */
  public record Period(String key, String title) {}

  /**
   * A section of the form.
   *
   * @param key the report's section key
   * @param title its official title
   * @param rows its rows in the form's order
   */
  public record FormSection(String key, String title, List<FormRow> rows) {
    public FormSection {
      rows = List.copyOf(rows);
    }

    /** The row of {@code fieldKey}, if the form has it. */
    public Optional<FormRow> row(String fieldKey) {
      return rows.stream().filter(r -> r.key().equals(fieldKey)).findFirst();
    }
  }

  /**
   * A row of the form.
   *
   * @param key the report's field key
   * @param group the sub-heading it sits under (征集调查, 办件量 …), or empty
   * @param label its official label
   * @param unit its unit (条, 个, %), or empty
   * @param choices the boxes to tick (☑/□), or empty when the row takes a value
   * @param whole whether it takes one value for the whole form even where the form has period columns
   */
  public record FormRow(String key, String group, String label, String unit, List<String> choices, boolean whole) {
    public FormRow {
      choices = List.copyOf(choices);
    }

    /** A row that takes a value. */
    public static FormRow of(String key, String group, String label, String unit) {
      return new FormRow(key, group, label, unit, List.of(), false);
    }

    /** A row whose value is one of {@code choices}, ticked. */
    public static FormRow choice(String key, String group, String label, List<String> choices) {
      return new FormRow(key, group, label, "", choices, false);
    }

    /** This row taking one value for the whole form, not one per period. */
    public FormRow wholeForm() {
      return new FormRow(key, group, label, unit, choices, true);
    }

    /** The label with its group, as a reader names the row: 征集调查 · 征集调查期数. */
    public String fullLabel() {
      return group.isEmpty() || group.equals(label) ? label : group + " · " + label;
    }

    /** The label with its unit as the supervision form prints it: 普查网站数量（单位：家）. */
    public String labelWithUnit() {
      return unit.isEmpty() ? label : label + "（单位：" + unit + "）";
    }
  }
}
