package io.github.govaudit.gensite2;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report fields the generated site must produce, counted from the model by counting-rules.md.
 *
 * @param fields field key ({@code info_publishing.total}) → counted item paths (or topic homes for topics)
 * @param sums for the fields whose value is a sum of printed figures, the sum (their paths are the items printing one)
 * @param undated paths of items listed in a readable column but with no date the crawler can find
 * @param topicsInYear per topic home, the dated item paths in the report year
 */
record ExpectedReport(Map<String, Set<String>> fields, Map<String, Integer> sums, Set<String> undated,
    Map<String, Set<String>> topicsInYear) {

  /** The fields compared with govaudit's report, in report order. */
  static final List<String> FIELDS = List.of(
      "info_publishing.total", "info_publishing.overview_updates", "info_publishing.news_updates",
      "info_publishing.disclosure_updates", "info_publishing.overlap",
      "topics.maintained", "topics.new",
      "interpretation.total", "interpretation.materials", "interpretation.products",
      "interpretation.media_reviews", "interpretation.hot_responses",
      "interaction.consultations", "interaction.consultation_opinions", "interaction.consultation_results_published",
      "interaction.consultation_participants", "interaction.interviews", "interaction.interview_questions",
      "interaction.interview_answers", "interaction.interview_viewers");

  /**
   * Fields left missing (value -1 here) when no consultation or interview of the year shows them, though some were
   * held: each with the field counting those held.
   */
  private static final Map<String, String> MISSING_WHEN_NONE_PRINTS = Map.of(
      "interaction.consultation_opinions", "interaction.consultations",
      "interaction.consultation_results_published", "interaction.consultations",
      "interaction.consultation_participants", "interaction.consultations",
      "interaction.interview_questions", "interaction.interviews",
      "interaction.interview_answers", "interaction.interviews",
      "interaction.interview_viewers", "interaction.interviews");

  ExpectedReport {
    fields = Map.copyOf(fields);
    sums = Map.copyOf(sums);
    undated = Set.copyOf(undated);
    topicsInYear = Map.copyOf(topicsInYear);
  }

  /** The field's value; -1 for a field the report must leave missing. */
  int value(String field) {
    String held = MISSING_WHEN_NONE_PRINTS.get(field);
    if (held != null && fields.get(field).isEmpty() && !fields.get(held).isEmpty()) {
      return -1;
    }
    return sums.getOrDefault(field, fields.get(field).size());
  }

  Set<String> evidence(String field) {
    return fields.get(field);
  }

  /** Topic fields carry topic homes as evidence, not item paths. */
  static boolean itemEvidence(String field) {
    return !field.startsWith("topics.");
  }
}
