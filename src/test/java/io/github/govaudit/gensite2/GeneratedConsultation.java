package io.github.govaudit.gensite2;

/**
 * What a generated consultation (意见征集) page prints of its outcome, a pure function of the item's URL so
 * that the page and the truth agree without drawing from the generator's random numbers (which would move
 * every other count). A quarter of the pages only promise feedback; the others print the opinions received
 * and what was adopted, or the opinions and the participants (some as 1,0xx 人次), or the participants and a
 * link to the result.
 *
 * @param opinions opinions received as printed, or -1
 * @param participants participants as printed, or -1
 * @param resultAnnounced whether the page reports its result or links to it
 */
record GeneratedConsultation(int opinions, int participants, boolean resultAnnounced) {

  /** The column whose items are consultations. */
  static final String COLUMN = "意见征集";

  static GeneratedConsultation of(Item item) {
    int h = item.url().hashCode();
    int n = Math.floorMod(h / 4, 60);
    return switch (Math.floorMod(h, 4)) {
      case 0 -> new GeneratedConsultation(-1, -1, false);
      case 1 -> new GeneratedConsultation(5 + n, -1, true);
      case 2 -> new GeneratedConsultation(3 + n, n % 2 == 0 ? 100 + n * 37 : 1000 + n * 13, false);
      default -> new GeneratedConsultation(-1, 40 + n * 3, true);
    };
  }

  /** The paragraphs the consultation's page adds after its body text. */
  String html() {
    if (opinions < 0 && participants < 0) {
      return "<p>　　征求意见结束后，起草单位将对收到的意见建议进行认真研究，并及时反馈意见采纳情况。</p>\n";
    }
    if (participants < 0) {
      return "<p>　　征求意见期间，共收到意见建议" + opinions + "条。经认真研究，采纳" + (opinions / 2)
          + "条，未采纳的已向提出者作出说明。</p>\n";
    }
    if (opinions >= 0) {
      String people = participants >= 1000
          ? participants / 1000 + "," + String.format("%03d", participants % 1000) : Integer.toString(participants);
      return "<p>　　本次征集共有" + people + "人次参与，收到网民意见 " + opinions + " 条。</p>\n";
    }
    return "<div class=\"zj-info\">参与人数：<span>" + participants + "</span>人</div>\n"
        + "<p>　　<a href=\"#zjjg\">查看征集结果</a></p>\n"
        + "<h3 id=\"zjjg\">征集结果</h3><p>　　本次征集活动已结束，感谢社会各界的关注和支持。</p>\n";
  }
}
