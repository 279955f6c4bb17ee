package io.github.govaudit.supervise;

import io.github.govaudit.count.Field;
import io.github.govaudit.count.FillFrom;
import io.github.govaudit.count.ToFill;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The supervision report's empty fields, by their path (the overrides file's path), in the report's order. */
final class SupervisionToFill {

  private SupervisionToFill() {}

  /** Every field of {@code sections} whose source is missing. */
  static List<ToFill> of(Map<String, Map<String, Object>> sections) {
    List<ToFill> out = new ArrayList<>();
    sections.forEach((k, v) -> walk(ToFill.SECTIONS + "." + k, v, out));
    return List.copyOf(out);
  }

  private static void walk(String path, Map<?, ?> node, List<ToFill> out) {
    node.forEach((k, v) -> {
      String p = path + "." + k;
      if (v instanceof Field f && f.source() == Field.Source.MISSING) {
        out.add(new ToFill(p, from(k.toString()), f.note()));
      } else if (v instanceof Map<?, ?> m) {
        walk(p, m, out);
      }
    });
  }

  /** A person's judgement for the yes/no and free-text rows; the office's records for every number. */
  private static FillFrom from(String key) {
    return Stream.concat(ManualFields.INSPECTION_WHOLE.stream(), ManualFields.WHOLE.values().stream().flatMap(List::stream))
        .filter(m -> m.key().equals(key)).findFirst().map(ManualFields.Manual::from).orElse(FillFrom.OVERRIDES);
  }
}
