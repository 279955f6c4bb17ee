package io.github.govaudit.page;

/**
 * What a consultation (征集调查) page prints of its outcome: the opinions received (收到意见), the
 * participants (参与人数 / 人次) and where its result (征集结果 / 调查结果 / 意见采纳情况) is announced.
 * Read on every item page, since only the counting stage knows which items are consultations; a
 * page that prints none of them has {@link #NONE}.
 *
 * @param opinions opinions received as the page prints them, or -1 when it prints none
 * @param participants participants (people or 人次) as the page prints them, or -1 when it prints none
 * @param result the page announcing the result: this page's URL when its body reports it, a linked
 *     page's URL when a link in its body says so, or null when neither
 */
public record ConsultationFacts(int opinions, int participants, String result) {

  /** A page printing no figure and announcing no result. */
  public static final ConsultationFacts NONE = new ConsultationFacts(-1, -1, null);

  /** Marks a figure the page does not print. */
  public static final int NOT_PRINTED = -1;

  public ConsultationFacts {
    if (opinions < NOT_PRINTED || participants < NOT_PRINTED) {
      throw new IllegalArgumentException("figures are counts or NOT_PRINTED: " + opinions + ", " + participants);
    }
  }

  /** Whether the page prints the number of opinions received. */
  public boolean printsOpinions() {
    return opinions != NOT_PRINTED;
  }

  /** Whether the page prints the number of participants. */
  public boolean printsParticipants() {
    return participants != NOT_PRINTED;
  }

  /** Whether the page or a page it links announces the result. */
  public boolean announcesResult() {
    return result != null;
  }

  /** Whether the page shows anything at all. */
  public boolean isEmpty() {
    return !printsOpinions() && !printsParticipants() && !announcesResult();
  }
}
