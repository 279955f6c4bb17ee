package io.github.govaudit.gensite2;

import java.util.Locale;

/**
 * What a generated online interview (在线访谈) page prints of its figures, a pure function of the item's URL so
 * that the page and the truth agree without drawing from the generator's random numbers (which would move every
 * other count). A quarter of the pages only invite questions; the others print the questions received, the
 * answers and a visit count, or show a transcript whose guest answers one to three netizen questions (the last
 * netizen only thanks the guest) with the viewers in 人次 with thousands, or print the messages received (1,0xx 条)
 * and the viewers online.
 *
 * @param questions netizen questions or messages received as printed, or -1
 * @param answers questions answered as printed, or answered in the transcript, or -1
 * @param viewers views or viewers as printed, or -1
 * @param transcript whether the page shows a transcript instead of printing its answers
 */
record GeneratedInterview(int questions, int answers, int viewers, boolean transcript) {

  /** The column whose items are interviews. */
  static final String COLUMN = "在线访谈";

  private static final String[] NETIZENS = {"清风", "江边人", "小李", "老张"};
  private static final String[] ASKED = {
    "请问今年高校毕业生到基层就业有哪些补贴？",
    "返乡创业担保贷款怎么申请?",
    "灵活就业人员怎样参加养老保险？",
  };
  private static final String[] ANSWERED = {
    "到乡镇基层单位就业并服务满规定年限的，可按规定享受学费补偿。",
    "可向户籍所在地人社部门提出申请，经审核后由经办银行发放。",
    "可在户籍所在地或居住地的社保经办机构办理参保登记。",
  };

  static GeneratedInterview of(Item item) {
    int h = item.url().hashCode();
    int n = Math.floorMod(h / 4, 60);
    return switch (Math.floorMod(h / 7, 4)) { // h / 7: at the default seed the interviews of 2026 show all four kinds
      case 0 -> new GeneratedInterview(-1, -1, -1, false);
      case 1 -> new GeneratedInterview(20 + n, 10 + n / 2, 500 + n * 41, false);
      case 2 -> new GeneratedInterview(-1, 1 + n % 3, 1000 + n * 53, true);
      default -> new GeneratedInterview(1000 + n * 7, -1, 200 + n * 9, false);
    };
  }

  /** The paragraphs the interview's page adds after its body text. */
  String html() {
    if (questions < 0 && answers < 0 && viewers < 0) {
      return "<p>　　欢迎广大网友届时参与，也可在访谈前通过本栏目提前留言提问。</p>\n";
    }
    if (transcript) {
      StringBuilder b = new StringBuilder("<p>　　本期访谈共有" + String.format(Locale.ROOT, "%,d", viewers)
          + "人次在线观看。以下为访谈实录：</p>\n");
      b.append(turn("主持人", "各位网友，大家好！欢迎来到在线访谈栏目。"));
      for (int i = 0; i < answers; i++) {
        b.append(turn("网友“" + NETIZENS[i] + "”", ASKED[i]));
        if (i == 1) {
          b.append(turn("主持人", "这个问题请局长为大家解答。"));
        }
        b.append(turn(i == 2 ? "市人社局局长" : "嘉宾", ANSWERED[i]));
      }
      return b.append(turn("网友“" + NETIZENS[3] + "”", "谢谢嘉宾的解答！"))
          .append(turn("主持人", "本期访谈到此结束，感谢各位网友的参与！")).toString();
    }
    if (answers >= 0) {
      return "<p>　　本期访谈共收到网友提问" + questions + "条，嘉宾在线回答网友提问" + answers + "个。</p>\n"
          + "<div class=\"ft-count\">访问量：" + viewers + "</div>\n";
    }
    return "<p>　　访谈期间共收到网民留言" + String.format(Locale.ROOT, "%,d", questions) + "条，相关部门将逐条研究办理。</p>\n"
        + "<div class=\"ft-count\">在线人数 " + viewers + " 人次</div>\n";
  }

  private static String turn(String speaker, String words) {
    return "<p><strong>" + speaker + "：</strong>" + words + "</p>\n";
  }
}
