package io.github.govaudit.count;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The form's sections this version does not read from the site yet: every row is present, marked
 * missing, so a person sees what is left to fill.
 */
final class NotYetMeasured {

  private static final String WHY = "not measured by this version of govaudit: fill in by hand";

  static final List<String> INTERACTION = List.of("consultations", "consultation_opinions",
      "consultation_results_published", "consultation_participants", "interviews", "interview_questions",
      "interview_answers", "interview_viewers", "messages_received", "messages_concluded", "mean_handling_days",
      "public_replies", "concluded_on_time", "on_time_rate", "unified_platform", "intelligent_qa");
  static final List<String> MOBILE_MEDIA = List.of("weibo", "wechat", "apps");
  static final List<String> INNOVATION = List.of("search_as_service", "multilingual", "accessibility",
      "accessibility_findings", "personalization");

  private NotYetMeasured() {}

  static Map<String, Field> section(List<String> keys) {
    Map<String, Field> f = new LinkedHashMap<>();
    for (String k : keys) {
      f.put(k, Field.missing(WHY));
    }
    return f;
  }
}
