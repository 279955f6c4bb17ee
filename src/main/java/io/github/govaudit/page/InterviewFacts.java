package io.github.govaudit.page;

/**
 * What an online interview (在线访谈) page prints of its figures: the netizen messages received
 * (网民留言), the netizen questions answered (答复网民提问) and its viewers (浏览 / 观看 / 在线人次).
 * Read on every item page, since only the counting stage knows which items are interviews; a page
 * that prints none of them has {@link #NONE}.
 *
 * @param questions netizen messages or questions received as the page prints them, or -1 when it prints none
 * @param answers netizen questions answered as the page prints them, or as counted in its transcript
 *     (see {@code answersCounted}), or -1 when neither
 * @param viewers views or viewers (人次) as the page prints them, or -1 when it prints none
 * @param answersCounted whether {@code answers} was counted in the page's transcript (网友：…？ followed
 *     by a guest's answer) rather than printed as a figure
 */
public record InterviewFacts(int questions, int answers, int viewers, boolean answersCounted) {

  /** A page printing no interview figure. */
  public static final InterviewFacts NONE = new InterviewFacts(-1, -1, -1, false);

  /** Marks a figure the page does not print. */
  public static final int NOT_PRINTED = -1;

  public InterviewFacts {
    if (questions < NOT_PRINTED || answers < NOT_PRINTED || viewers < NOT_PRINTED) {
      throw new IllegalArgumentException("figures are counts or NOT_PRINTED: " + questions + ", " + answers + ", "
          + viewers);
    }
    if (answersCounted && answers == NOT_PRINTED) {
      throw new IllegalArgumentException("answers counted in a transcript need a count");
    }
  }

  /** Whether the page prints the number of netizen messages or questions received. */
  public boolean printsQuestions() {
    return questions != NOT_PRINTED;
  }

  /** Whether the page prints, or its transcript shows, the number of questions answered. */
  public boolean printsAnswers() {
    return answers != NOT_PRINTED;
  }

  /** Whether the page prints its viewers or views. */
  public boolean printsViewers() {
    return viewers != NOT_PRINTED;
  }

  /** Whether the page shows no figure at all. */
  public boolean isEmpty() {
    return !printsQuestions() && !printsAnswers() && !printsViewers();
  }
}
