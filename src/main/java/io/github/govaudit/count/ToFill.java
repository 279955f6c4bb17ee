package io.github.govaudit.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A field still empty (source missing), for the clerk: its path in the report (the same path names
 * it in the overrides file), where its value would come from, and how (the field's note).
 *
 * @param field the path, e.g. {@code sections.basic_info.uv}
 * @param from site, overrides or person
 * @param how the field's note: why it is empty and where to look
 */
public record ToFill(String field, FillFrom from, String how) {

  /** The path prefix of every field. */
  public static final String SECTIONS = "sections";

  /** Every empty field of {@code sections}, in the report's order. */
  public static List<ToFill> of(Map<String, Map<String, Field>> sections) {
    List<ToFill> out = new ArrayList<>();
    sections.forEach((section, fields) -> fields.forEach((key, f) -> {
      if (f.source() == Field.Source.MISSING) {
        out.add(new ToFill(SECTIONS + "." + section + "." + key, ByHand.from(section, key), f.note()));
      }
    }));
    return List.copyOf(out);
  }
}
