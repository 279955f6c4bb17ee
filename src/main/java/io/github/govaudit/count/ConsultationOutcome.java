package io.github.govaudit.count;

import io.github.govaudit.page.ConsultationFacts;
import io.github.govaudit.page.PageAnalysis;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the consultations (征集调查) of a year print of their outcome: 收到意见数量 and 参与人数, the sums
 * of the figures their pages print, and 公布调查结果数量, the consultations whose page reports its
 * result or links to the page that does. A consultation printing nothing adds nothing and is named
 * in the note; when none prints a figure the row stays missing. Results published on a page the
 * consultation does not link cannot be tied to it, and are not counted.
 */
final class ConsultationOutcome {

  private static final String BY_HAND = ": fill in by hand";
  private static final int NAMED_RESULTS = 5;

  private ConsultationOutcome() {}

  /**
   * The three rows for {@code consultations}, the consultation items of {@code year}.
   *
   * @param site the understood pages, where each consultation's printed outcome is kept
   */
  static Map<String, Field> count(List<Item> consultations, Site site, int year) {
    Map<String, Field> f = new LinkedHashMap<>();
    Map<String, ConsultationFacts> facts = new LinkedHashMap<>();
    consultations.forEach(i -> facts.put(i.url(), factsOf(i, site)));
    FigureSum sum = new FigureSum("consultations", year);
    f.put("consultation_opinions", sum.of(facts, ConsultationFacts::printsOpinions, ConsultationFacts::opinions,
        "收到意见数量", "opinions received (共收到意见建议 N 条, 收到网民意见 N 条, 意见数：N)", none("收到意见数量", year), ""));
    f.put("consultation_results_published", results(facts, year));
    f.put("consultation_participants", sum.of(facts, ConsultationFacts::printsParticipants,
        ConsultationFacts::participants, "参与人数", "participants (参与人数：N人, 共有 N 人次参与)", none("参与人数", year), ""));
    return f;
  }

  private static String none(String row, int year) {
    return row + ": no consultation of " + year + ", so none received";
  }

  /** The three rows when the site shows no consultation column: left to a person with {@code why}. */
  static Map<String, Field> unknown(String why) {
    Map<String, Field> f = new LinkedHashMap<>();
    for (String key : List.of("consultation_opinions", "consultation_results_published", "consultation_participants")) {
      f.put(key, Field.missing(why));
    }
    return f;
  }

  private static ConsultationFacts factsOf(Item item, Site site) {
    PageAnalysis page = site.pages().get(item.url());
    return page == null ? ConsultationFacts.NONE : page.consultation();
  }

  private static Field results(Map<String, ConsultationFacts> facts, int year) {
    int n = facts.size();
    String rule = "a consultation counts when its page reports the result (征集结果 / 调查结果 / 意见采纳情况 … 如下, "
        + "采纳 N 条, or a title naming the result) or links to it (查看结果, 意见采纳情况 …)";
    if (n == 0) {
      return Field.crawled(0, List.of(), "公布调查结果数量: no consultation of " + year);
    }
    List<Map.Entry<String, ConsultationFacts>> announced = facts.entrySet().stream()
        .filter(e -> e.getValue().announcesResult()).toList();
    if (announced.isEmpty()) {
      return Field.missing("none of the " + n + " consultations of " + year + " reports or links its result (" + rule
          + "); a result published elsewhere cannot be tied to its consultation" + BY_HAND + " (0 if none was published)");
    }
    List<String> linked = announced.stream().filter(e -> !e.getValue().result().equals(e.getKey()))
        .map(e -> e.getValue().result()).toList();
    String pages = linked.isEmpty() ? "" : "; linked result pages: "
        + String.join(", ", linked.subList(0, Math.min(NAMED_RESULTS, linked.size())))
        + (linked.size() > NAMED_RESULTS ? " …" : "");
    return Field.crawled(announced.size(), announced.stream().map(Map.Entry::getKey).toList(),
        "公布调查结果数量: " + announced.size() + " of the " + n + " consultations of " + year + " announce their result; "
        + rule + pages + "; results the consultation does not link are not counted: check by hand");
  }
}
