package io.github.govaudit.page;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads what an item page prints of a consultation's outcome ({@link ConsultationFacts}) from its
 * text outside the header, navigation, footer and sidebars: "共收到意见建议23条", "收到网民意见 15
 * 条", "参与人数：156人", "共有1,203人次参与", and whether its body or a link in it announces the result
 * (征集结果 / 调查结果 / 意见采纳情况 … 如下, 采纳 8 条). A promise ("将及时反馈采纳情况") announces
 * nothing. When a page prints a figure twice, a total (共 / 合计 / 累计) wins, else the first. Never
 * guesses: a page without such wording has {@link ConsultationFacts#NONE}. Stateless, thread-safe.
 */
final class ConsultationReader {

  private static final String NUMBER = PrintedFigures.NUMBER;
  private static final String GAP = PrintedFigures.GAP;

  private static final Pattern[] OPINIONS = {
    Pattern.compile("(?:收到|征集到|收集到|征得|汇总)" + GAP + "{0,12}?(?:意见|建议|留言)" + GAP + "{0,6}?"
        + NUMBER + "\\s*(?:条|件|份)"),
    Pattern.compile("(?:收到|征集到|收集到|征得)了?\\s*" + NUMBER + "\\s*(?:条|件|份)" + GAP
        + "{0,10}?(?:意见|建议|留言)"),
    Pattern.compile("(?:收到意见|意见建议|反馈意见|意见)(?:数|数量|条数|总数)\\s*[:：为]\\s*" + NUMBER),
  };
  /** Words one of which a page printing opinions received must contain (tried before the patterns). */
  private static final List<String> OPINION_WORDS = List.of("收到", "征集到", "收集到", "征得", "汇总", "意见数",
      "意见条数", "意见总数", "意见建议数");

  private static final Pattern[] PARTICIPANTS = {
    Pattern.compile("(?:参与|参加)(?:投票|调查|答题|问卷)?(?:总?人数|人次)\\s*[:：为]?\\s*" + NUMBER),
    Pattern.compile("(?:共有|已有|共|累计有?|合计|总计)\\s*" + NUMBER + "\\s*(?:人次|人|位|名)" + GAP
        + "{0,6}?(?:参与|参加)"),
  };
  private static final List<String> PARTICIPANT_WORDS = List.of("参与", "参加");

  /** The body reports the outcome: "…采纳情况…如下", "采纳意见 8 条". */
  private static final Pattern RESULT_TEXT = Pattern.compile(
      "(?:征集结果|调查结果|投票结果|采纳情况|反馈情况|结果反馈|处理情况)[^。；;\\n]{0,20}?(?:如下|公布|公示|说明)(?:如下)?[:：]"
          + "|(?:征集结果|调查结果|采纳情况|反馈情况|结果反馈)[^。；;\\n]{0,20}?如下"
          + "|采纳了?(?:意见|建议|留言)*\\s*\\d+\\s*(?:条|件)");
  /** A title naming a result page: "关于…意见采纳情况的说明", "…调查结果公布". */
  private static final Pattern RESULT_TITLE = Pattern.compile("征集结果|调查结果|投票结果|采纳情况|意见反馈|反馈情况|结果公布|结果公示");
  /** A link to the result: "查看结果", "意见采纳情况". */
  private static final Pattern RESULT_LINK = Pattern.compile("征集结果|调查结果|投票结果|查看结果|采纳情况|反馈情况|结果反馈|结果公布|结果公示");
  private static final List<String> RESULT_WORDS = List.of("结果", "采纳", "反馈情况", "处理情况");
  private static final int MAX_LINK_TEXT = 40;

  /**
   * The outcome {@code page} prints; {@code title} is its item title. Each pattern runs only on a page
   * whose text holds one of its words, so most pages cost a few substring searches.
   */
  ConsultationFacts read(PageContext page, String title) {
    String visible = page.visibleText();
    boolean opinionWords = PrintedFigures.containsAny(visible, OPINION_WORDS);
    boolean participantWords = PrintedFigures.containsAny(visible, PARTICIPANT_WORDS);
    boolean resultWords = PrintedFigures.containsAny(visible, RESULT_WORDS);
    boolean resultTitle = title != null && RESULT_TITLE.matcher(title).find();
    if (!opinionWords && !participantWords && !resultWords && !resultTitle) {
      return ConsultationFacts.NONE;
    }
    String text = page.mainText().replace('\n', ' ');
    int opinions = opinionWords ? PrintedFigures.figure(OPINIONS, text) : ConsultationFacts.NOT_PRINTED;
    int participants = participantWords ? PrintedFigures.figure(PARTICIPANTS, text) : ConsultationFacts.NOT_PRINTED;
    String result = resultTitle || resultWords && RESULT_TEXT.matcher(text).find() ? page.url()
        : resultWords ? resultLink(page) : null;
    ConsultationFacts facts = new ConsultationFacts(opinions, participants, result);
    return facts.isEmpty() ? ConsultationFacts.NONE : facts;
  }

  /** The first link outside the chrome and sidebars whose text says it leads to the result, or null. */
  private static String resultLink(PageContext page) {
    for (Element a : page.links()) {
      String text = a.text();
      if (text.length() <= MAX_LINK_TEXT && RESULT_LINK.matcher(text).find() && !page.regions().isChrome(a)
          && !page.regions().isSide(a)) {
        String url = a.absUrl("href");
        if (url.startsWith("http")) {
          return url;
        }
      }
    }
    return null;
  }
}
