package io.github.govaudit.overrides;

import io.github.govaudit.count.Field;
import io.github.govaudit.count.WorkReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values a person entered in one overrides file, merged into a report: each named field is
 * replaced by the person's value with source {@code manual}, no evidence, and the person's note (or
 * "entered by hand from FILE"); a field the crawl or the profile had filled keeps a trace, "replaces
 * the crawled value 42". A path the report does not have is an error, with the closest paths it has.
 * Fields may sit deeper than {@code sections.SECTION.FIELD}: the supervision report's per-period
 * fields are {@code sections.SECTION.PERIOD.FIELD}, and an override's key is then {@code PERIOD.FIELD}.
 *
 * @param file the file they were read from, as given
 * @param entries the values, in the file's order
 */
public record Overrides(String file, List<Override> entries) {

  /** Edit distance up to which a path the report has is offered as the one meant. */
  static final int CLOSE_MATCH_DISTANCE = 3;

  public Overrides {
    entries = List.copyOf(entries);
  }

  /** {@code report} with these values in place of its fields. */
  public WorkReport applyTo(WorkReport report) throws OverridesException {
    Map<String, Map<String, Object>> merged = apply(report.sections());
    Map<String, Map<String, Field>> sections = new LinkedHashMap<>();
    merged.forEach((k, v) -> {
      Map<String, Field> fields = new LinkedHashMap<>();
      v.forEach((f, value) -> fields.put(f, (Field) value)); // one level: apply puts only fields where fields were
      sections.put(k, Collections.unmodifiableMap(fields));
    });
    return report.withSections(sections);
  }

  /**
   * {@code sections} (section → field or group → … → {@link Field}) with these values in place of
   * their fields, as a new, unmodifiable tree.
   */
  public Map<String, Map<String, Object>> apply(Map<String, ? extends Map<String, ?>> sections)
      throws OverridesException {
    Map<String, Map<String, Object>> tree = new LinkedHashMap<>();
    sections.forEach((k, v) -> tree.put(k, copy(v)));
    for (Override o : entries) {
      Map<String, Object> at = tree.get(o.section());
      String[] keys = o.key().split("\\.");
      for (int i = 0; i < keys.length - 1 && at != null; i++) {
        Object next = at.get(keys[i]);
        if (next instanceof Field) {
          String field = "sections." + o.section() + "." + String.join(".", List.of(keys).subList(0, i + 1));
          throw new OverridesException(file, "unknown field " + o.path() + " (" + field + " takes one value, or {value, note})");
        }
        at = next instanceof Map<?, ?> ? cast(next) : null;
      }
      String last = keys[keys.length - 1];
      if (at == null || !(at.get(last) instanceof Field before)) {
        throw new OverridesException(file, "unknown field " + o.path() + closest(o.path(), tree));
      }
      at.put(last, manual(o, before));
    }
    Map<String, Map<String, Object>> frozen = new LinkedHashMap<>();
    tree.forEach((k, v) -> frozen.put(k, freeze(v)));
    return Collections.unmodifiableMap(frozen);
  }

  private static Map<String, Object> copy(Map<String, ?> fields) {
    Map<String, Object> out = new LinkedHashMap<>();
    fields.forEach((k, v) -> out.put(k, v instanceof Map<?, ?> m ? copy(cast(m)) : v));
    return out;
  }

  private static Map<String, Object> freeze(Map<String, Object> fields) {
    Map<String, Object> out = new LinkedHashMap<>();
    fields.forEach((k, v) -> out.put(k, v instanceof Map<?, ?> m ? freeze(cast(m)) : v));
    return Collections.unmodifiableMap(out);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object map) {
    return (Map<String, Object>) map;
  }

  private Field manual(Override o, Field before) {
    String note = o.note().isBlank() ? "entered by hand from " + file : o.note();
    if (before.source() != Field.Source.MISSING && before.value() != null) {
      note += "; replaces the " + before.source().key() + " value " + before.value();
    }
    return new Field(o.value(), Field.Source.MANUAL, List.of(), note);
  }

  private static String closest(String path, Map<String, Map<String, Object>> sections) {
    List<String> paths = new ArrayList<>();
    sections.forEach((k, v) -> paths("sections" + "." + k, v, paths));
    Optional<String> best = paths.stream()
        .filter(p -> distance(p, path) <= CLOSE_MATCH_DISTANCE)
        .min(Comparator.comparingInt((String p) -> distance(p, path)).thenComparing(Comparator.naturalOrder()));
    return best.map(p -> " (did you mean " + p + "?)").orElse("");
  }

  private static void paths(String prefix, Map<String, Object> fields, List<String> out) {
    fields.forEach((k, v) -> {
      if (v instanceof Field) {
        out.add(prefix + "." + k);
      } else if (v instanceof Map<?, ?> m) {
        paths(prefix + "." + k, cast(m), out);
      }
    });
  }

  /** Levenshtein distance of two short texts. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
