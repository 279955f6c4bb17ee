package io.github.govaudit.count;

import io.github.govaudit.marks.FilingMarks;
import io.github.govaudit.marks.Mark;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The marks of every page checked, gathered while the store is read (from several threads). Pages
 * of one site mostly print the same footer, so each distinct set of marks is kept once and a page
 * costs its URL and a reference: a 200k-page store adds a few MB to the report.
 */
public final class MarkTally {

  /** One page checked. */
  private record Checked(String url, FilingMarks marks) {}

  private final Map<FilingMarks, FilingMarks> distinct = new ConcurrentHashMap<>();
  private final Queue<Checked> pages = new ConcurrentLinkedQueue<>();

  /** Adds the marks {@code m} of the page at {@code url}; each page is added once. */
  void add(String url, FilingMarks m) {
    FilingMarks kept = distinct.get(m);
    pages.add(new Checked(url, kept != null ? kept : shared(m)));
  }

  private FilingMarks shared(FilingMarks m) {
    FilingMarks earlier = distinct.putIfAbsent(m, m);
    return earlier == null ? m : earlier;
  }

  /** Pages checked. */
  int checked() {
    return pages.size();
  }

  /** The pages showing each value of {@code mark}, each list sorted. */
  Map<String, List<String>> byValue(Mark mark) {
    Map<String, List<String>> out = new HashMap<>();
    for (Checked c : pages) {
      c.marks().valueOf(mark).ifPresent(v -> out.computeIfAbsent(v, k -> new ArrayList<>()).add(c.url()));
    }
    out.values().forEach(urls -> urls.sort(null));
    return out;
  }

  /** The pages without {@code mark}, sorted. */
  List<String> missing(Mark mark) {
    return pages.stream().filter(c -> c.marks().valueOf(mark).isEmpty()).map(Checked::url).sorted().toList();
  }

  /** The pages printing {@code mark} in a wrong form, sorted. */
  List<String> malformed(Mark mark) {
    return pages.stream().filter(c -> c.marks().malformed().contains(mark)).map(Checked::url).sorted().toList();
  }
}
