package io.github.govaudit.count;

import io.github.govaudit.page.InterviewFacts;
import io.github.govaudit.page.PageAnalysis;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the online interviews (在线访谈) of a year print of their figures: 网民留言数量, 答复网民提问数量
 * and 关注人数, each the sum of the figures their pages print. 答复网民提问数量 also takes, from an
 * interview printing no count, the netizens' questions its transcript shows answered by a guest, and
 * the note says how many were counted so. An interview printing nothing adds nothing and is named in
 * the note; when none prints a figure the row stays missing.
 */
final class InterviewOutcome {

  static final List<String> ROWS = List.of("interview_questions", "interview_answers", "interview_viewers");

  private InterviewOutcome() {}

  /**
   * The three rows for {@code interviews}, the interview items of {@code year}.
   *
   * @param site the understood pages, where each interview's printed figures are kept
   */
  static Map<String, Field> count(List<Item> interviews, Site site, int year) {
    Map<String, InterviewFacts> facts = new LinkedHashMap<>();
    interviews.forEach(i -> facts.put(i.url(), factsOf(i, site)));
    FigureSum sum = new FigureSum("interviews", year);
    Map<String, Field> f = new LinkedHashMap<>();
    f.put("interview_questions", sum.of(facts, InterviewFacts::printsQuestions, InterviewFacts::questions,
        "网民留言数量", "netizen messages or questions received (网友提问 N 条, 共收到网民留言 N 条, 留言数：N)",
        none("网民留言数量", year), ""));
    long counted = facts.values().stream().filter(InterviewFacts::answersCounted).count();
    String transcript = counted == 0 ? "" : "; " + counted + " of them print no count, and their questions were counted"
        + " in the transcript: a netizen's turn (网友… / 网民…：) asking a question (？ or 请问) followed, before the"
        + " next netizen's turn, by a guest's turn (嘉宾 / 局长 / 主任 / 负责人 …：; the host answers nothing)";
    f.put("interview_answers", sum.of(facts, InterviewFacts::printsAnswers, InterviewFacts::answers,
        "答复网民提问数量", "netizen questions answered (回答网友提问 N 个, 答复网友问题 N 条, or counted in the transcript)",
        none("答复网民提问数量", year), transcript));
    f.put("interview_viewers", sum.of(facts, InterviewFacts::printsViewers, InterviewFacts::viewers,
        "关注人数", "viewers or views (浏览次数：N, 在线人数 N 人次, 访问量：N, 共有 N 人次在线观看)", none("关注人数", year),
        "; a page's view counter (浏览次数) counts views, not people: check it is what the office reports"));
    return f;
  }

  /** The three rows when the site shows no interview column: left to a person with {@code why}. */
  static Map<String, Field> unknown(String why) {
    Map<String, Field> f = new LinkedHashMap<>();
    for (String key : ROWS) {
      f.put(key, Field.missing(why));
    }
    return f;
  }

  private static String none(String row, int year) {
    return row + ": no interview of " + year + ", so none";
  }

  private static InterviewFacts factsOf(Item item, Site site) {
    PageAnalysis page = site.pages().get(item.url());
    return page == null ? InterviewFacts.NONE : page.interview();
  }
}
