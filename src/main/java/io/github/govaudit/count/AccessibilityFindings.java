package io.github.govaudit.count;

import io.github.govaudit.page.AccessibilityFacts;
import io.github.govaudit.page.PageAnalysis;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * 无障碍 static findings over every stored HTML page: images without alt, controls without label,
 * links without text, pages without {@code <html lang>} or {@code <title>}. The value holds the
 * counts; the evidence is up to {@link #EXAMPLES} pages per finding; the note names them by kind.
 */
final class AccessibilityFindings {

  /** Example pages listed per finding. */
  static final int EXAMPLES = 5;

  private AccessibilityFindings() {}

  private record Finding(String key, String label, Predicate<AccessibilityFacts> on,
      ToIntFunction<AccessibilityFacts> count) {}

  private static final List<Finding> FINDINGS = List.of(
      new Finding("images_without_alt", "images without alt", f -> f.imagesWithoutAlt() > 0,
          AccessibilityFacts::imagesWithoutAlt),
      new Finding("controls_without_label", "form controls without label", f -> f.controlsWithoutLabel() > 0,
          AccessibilityFacts::controlsWithoutLabel),
      new Finding("empty_links", "links without text", f -> f.emptyLinks() > 0, AccessibilityFacts::emptyLinks),
      new Finding("pages_without_lang", "pages without <html lang>", f -> !f.hasLang(), f -> f.hasLang() ? 0 : 1),
      new Finding("pages_without_title", "pages without <title>", f -> !f.hasTitle(), f -> f.hasTitle() ? 0 : 1));

  static Field of(Site site) {
    List<PageAnalysis> pages = site.pageList();
    if (pages.isEmpty()) {
      return Field.missing("no HTML page stored to check");
    }
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("pages_checked", pages.size());
    Set<String> evidence = new LinkedHashSet<>();
    List<String> notes = new ArrayList<>();
    for (Finding f : FINDINGS) {
      int total = 0;
      int onPages = 0;
      List<String> examples = new ArrayList<>();
      for (PageAnalysis p : pages) {
        if (f.on().test(p.accessibility())) {
          total += f.count().applyAsInt(p.accessibility());
          onPages++;
          if (examples.size() < EXAMPLES) {
            examples.add(p.url());
          }
        }
      }
      value.put(f.key(), total);
      evidence.addAll(examples);
      if (total > 0) {
        notes.add(f.label() + ": " + total + " on " + onPages + " pages, e.g. " + String.join(" ", examples));
      }
    }
    return Field.crawled(value, List.copyOf(evidence), "static checks of every stored HTML page (alt=\"\" counts as"
        + " decorative, a placeholder or title as a label); " + (notes.isEmpty() ? "nothing found"
        : String.join("; ", notes)));
  }
}
