package io.github.govaudit.overrides;

import io.github.govaudit.count.Field;
import io.github.govaudit.count.WorkReport;
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
    Map<String, Map<String, Field>> sections = new LinkedHashMap<>();
    report.sections().forEach((k, v) -> sections.put(k, new LinkedHashMap<>(v)));
    for (Override o : entries) {
      Map<String, Field> fields = sections.get(o.section());
      if (fields == null || !fields.containsKey(o.key())) {
        throw new OverridesException(file, "unknown field " + o.path() + closest(o.path(), sections));
      }
      fields.put(o.key(), manual(o, fields.get(o.key())));
    }
    Map<String, Map<String, Field>> frozen = new LinkedHashMap<>();
    sections.forEach((k, v) -> frozen.put(k, Collections.unmodifiableMap(v)));
    return report.withSections(frozen);
  }

  private Field manual(Override o, Field before) {
    String note = o.note().isBlank() ? "entered by hand from " + file : o.note();
    if (before.source() != Field.Source.MISSING && before.value() != null) {
      note += "; replaces the " + before.source().key() + " value " + before.value();
    }
    return new Field(o.value(), Field.Source.MANUAL, List.of(), note);
  }

  private static String closest(String path, Map<String, Map<String, Field>> sections) {
    Optional<String> best = sections.entrySet().stream()
        .flatMap(s -> s.getValue().keySet().stream().map(k -> "sections." + s.getKey() + "." + k))
        .filter(p -> distance(p, path) <= CLOSE_MATCH_DISTANCE)
        .min(Comparator.comparingInt((String p) -> distance(p, path)).thenComparing(Comparator.naturalOrder()));
    return best.map(p -> " (did you mean " + p + "?)").orElse("");
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
