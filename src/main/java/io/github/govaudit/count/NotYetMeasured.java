package io.github.govaudit.count;

import java.util.List;

/**
 * The rows of the form's sections this version reads from the site only in part (互动交流,
 * 创新发展): every row is present in the report, and those the site does not show yet are marked
 * missing with {@link #WHY}, so a person sees what is left to fill.
 */
final class NotYetMeasured {

  static final String WHY = "not measured by this version of govaudit: fill in by hand";

  static final List<String> INTERACTION = List.of("consultations", "consultation_opinions",
      "consultation_results_published", "consultation_participants", "interviews", "interview_questions",
      "interview_answers", "interview_viewers", "messages_received", "messages_concluded", "mean_handling_days",
      "public_replies", "concluded_on_time", "on_time_rate", "unified_platform", "intelligent_qa");
  static final List<String> INNOVATION = List.of("search_as_service", "multilingual", "accessibility",
      "accessibility_findings", "personalization");

  private NotYetMeasured() {}
}
