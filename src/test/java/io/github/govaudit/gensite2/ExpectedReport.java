package io.github.govaudit.gensite2;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report fields the generated site must produce, counted from the model by counting-rules.md.
 *
 * @param fields field key ({@code info_publishing.total}) → counted item paths (or topic homes for topics)
 * @param undated paths of items listed in a readable column but with no date the crawler can find
 * @param topicsInYear per topic home, the dated item paths in the report year
 */
record ExpectedReport(Map<String, Set<String>> fields, Set<String> undated, Map<String, Set<String>> topicsInYear) {

  /** The fields compared with govaudit's report, in report order. */
  static final List<String> FIELDS = List.of(
      "info_publishing.total", "info_publishing.overview_updates", "info_publishing.news_updates",
      "info_publishing.disclosure_updates", "info_publishing.overlap",
      "topics.maintained", "topics.new",
      "interpretation.total", "interpretation.materials", "interpretation.products",
      "interpretation.media_reviews", "interpretation.hot_responses",
      "interaction.consultations", "interaction.interviews");

  ExpectedReport {
    fields = Map.copyOf(fields);
    undated = Set.copyOf(undated);
    topicsInYear = Map.copyOf(topicsInYear);
  }

  int value(String field) {
    return fields.get(field).size();
  }

  Set<String> evidence(String field) {
    return fields.get(field);
  }

  /** Topic fields carry topic homes as evidence, not item paths. */
  static boolean itemEvidence(String field) {
    return !field.startsWith("topics.");
  }
}
