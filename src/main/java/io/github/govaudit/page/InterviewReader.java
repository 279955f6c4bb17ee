package io.github.govaudit.page;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what an item page prints of an online interview's figures ({@link InterviewFacts}) from its
 * text outside the header, navigation, footer and sidebars: the netizen messages received ("网友提问 56
 * 条", "共收到网民留言120条"), the questions answered ("回答网友提问 32 个", "答复网友问题30条",
 * "…提问56个，现场回答32个") and the viewers ("浏览次数：1,234", "在线人数 560 人次", "访问量：3562",
 * "共有2,400人次在线观看"). A figure counts only where the words next to it say what it is; when a page
 * prints one twice, a total (共 / 合计 / 累计) wins, else the first. A view counter reading 0 is the
 * placeholder a script fills in, not a count: the crawler's own visit is a view.
 *
 * <p>A page printing no count of answers may still show its transcript. Its answered questions are
 * counted by one rule: a speaker turn opens a line (or follows a sentence end or a colon) with a label
 * and a colon; a netizen's turn (网友… / 网民…：) asking a question (？ or 请问) is answered when a guest's
 * turn follows before the next netizen's turn, a guest being a label naming a role (嘉宾, 局长, 主任,
 * 负责人 …, with or without a name). The host (主持人) relays and asks, and answers nothing. Speakers
 * named only by a personal name are not recognised, so their answers are not counted.
 *
 * <p>Only a page naming an interview (访谈) in its title, column path or text is read, and each
 * pattern runs only on a page whose text holds one of its words, so most pages cost one or two
 * substring searches. Stateless, thread-safe.
 */
final class InterviewReader {

  private static final String NUMBER = PrintedFigures.NUMBER;
  private static final String GAP = PrintedFigures.GAP;
  private static final String COUNT_UNIT = "\\s*(?:条|个|件)";
  /** After "3 个": a time ("3个工作日内回复"), not a count. */
  private static final String NOT_TIME = "(?!工作日|月|天|日|小时)";
  private static final String QUESTION = "(?:留言|提问|问题)";
  private static final String ANSWER = "(?:回答|答复|解答|回复)";
  /** Netizens as the pages name them. */
  private static final String NETIZEN = "(?:网友|网民|群众)";

  private static final Pattern[] QUESTIONS = {
    Pattern.compile("(?:收到|征集到|收集到|接到)" + GAP + "{0,8}?" + QUESTION + GAP + "{0,4}?" + NUMBER + COUNT_UNIT),
    Pattern.compile("(?:收到|征集到|收集到|接到)了?\\s*" + NUMBER + COUNT_UNIT + GAP + "{0,6}?" + QUESTION),
    Pattern.compile("(?<!" + ANSWER + "了?)" + NETIZEN + "(?:共|累计|合计)?(?:提出|提交|发来)?了?" + QUESTION
        + "(?:数|数量|总数|条数)?\\s*[:：为]?" + GAP + "{0,4}?" + NUMBER + COUNT_UNIT),
    Pattern.compile("(?<!" + ANSWER + "了?)" + "(?:留言|提问)(?:数|数量|总数|条数)\\s*[:：为]\\s*" + NUMBER),
  };
  /** Words one of which a page printing the messages received must contain (tried before the patterns). */
  private static final List<String> QUESTION_WORDS = List.of("留言", "提问", "网友", "网民");

  private static final Pattern[] ANSWERS = {
    Pattern.compile(ANSWER + "了?" + GAP + "{0,8}?(?:提问|问题|留言|咨询)" + GAP + "{0,4}?" + NUMBER + COUNT_UNIT),
    Pattern.compile(ANSWER + "了?\\s*" + NUMBER + COUNT_UNIT + NOT_TIME + GAP + "{0,8}?(?:提问|问题|留言|咨询)"),
    Pattern.compile(ANSWER + "(?:数|数量|条数|总数)\\s*[:：为]\\s*" + NUMBER),
    // "共收到网友提问56个，现场回答32个": the questions named earlier in the sentence
    Pattern.compile("(?:提问|问题|留言)[^。；;！!？?\\n]{0,30}?(?:已|共|现场|在线|累计)?" + ANSWER + "了?\\s*" + NUMBER
        + COUNT_UNIT + NOT_TIME),
  };
  private static final List<String> ANSWER_WORDS = List.of("回答", "答复", "解答", "回复");

  private static final Pattern[] VIEWERS = {
    Pattern.compile("(?:浏览|阅读|点击|访问|观看|收看|关注|在线)(?:次数|人数|人次|总数|总量|量|数)\\s*[:：为]?\\s*(?:共|累计)?\\s*"
        + NUMBER + "(?![\\d.\\-/年月日])"),
    Pattern.compile("人气\\s*[:：]\\s*" + NUMBER + "(?![\\d.\\-/年月日])"),
    Pattern.compile("(?:(?:共有|已有|共|累计有?|合计|总计|吸引了?|超过|达)\\s*)?(?<![\\d,.])" + NUMBER
        + "\\s*(?:人次|人|次)" + GAP + "{0,4}?(?:观看|浏览|关注|收看)"),
    Pattern.compile("(?:浏览|观看|点击|阅读|访问)\\s*[:：]?\\s*" + NUMBER + "\\s*(?:人次|次)"),
  };
  private static final List<String> VIEWER_WORDS = List.of("浏览", "阅读", "点击", "访问", "观看", "收看", "关注",
      "在线人", "人气");

  /** A speaker's label: a netizen (网友“清风”), or a role with or without a name (嘉宾, 王局长, 局长李明, 主持人). */
  private static final String SPEAKER = "((?:网友|网民)[^\\n：:，,。？！?!【】\\[\\]〔〕]{0,10}?"
      + "|[^\\n：:，,。？！?!【】\\[\\]〔〕\\s]{0,10}?(?:嘉宾|主持人|局长|主任|厅长|处长|科长|县长|市长|区长|书记|院长|站长"
      + "|所长|部长|队长|经理|负责人|委员|校长|行长|主席|镇长|乡长|专家|律师|医生)[^\\n：:，,。？！?!【】\\[\\]〔〕\\s]{0,4}?)";
  /**
   * A speaker's label opening a turn, after a line break, a sentence end or a colon: in brackets
   * (【嘉宾】, a colon optional) or followed by a colon (网友：).
   */
  private static final Pattern TURN = Pattern.compile("(?:^|(?<=[\\n。！？!?”\"：:]))[ \\t]*(?:[【\\[〔]" + SPEAKER
      + "[】\\]〕]|" + SPEAKER + "[ \\t]*\\n?[ \\t]*[：:])");
  private static final Pattern ASKS = Pattern.compile("[？?]|请问");
  private static final List<String> TRANSCRIPT_WORDS = List.of("网友", "网民");
  /** The word every interview column's name holds (在线访谈, 访谈, 直播访谈). */
  private static final String INTERVIEW = "访谈";

  /**
   * The figures {@code page} prints, or {@link InterviewFacts#NONE}. Only a page naming an interview
   * (访谈, the word every interview column's name holds) in its title, column path or text is read.
   *
   * @param title the item's title, or null
   * @param path the item's column path (from the breadcrumb or its column meta)
   */
  InterviewFacts read(PageContext page, String title, List<String> path) {
    String visible = page.visibleText();
    if (!namesInterview(title, path) && !visible.contains(INTERVIEW)) {
      return InterviewFacts.NONE;
    }
    boolean questionWords = PrintedFigures.containsAny(visible, QUESTION_WORDS);
    boolean answerWords = PrintedFigures.containsAny(visible, ANSWER_WORDS);
    boolean viewerWords = PrintedFigures.containsAny(visible, VIEWER_WORDS);
    if (!questionWords && !answerWords && !viewerWords) {
      return InterviewFacts.NONE;
    }
    String text = page.mainText();
    int questions = questionWords ? PrintedFigures.figure(QUESTIONS, text) : InterviewFacts.NOT_PRINTED;
    int answers = answerWords ? PrintedFigures.figure(ANSWERS, text) : InterviewFacts.NOT_PRINTED;
    int viewers = viewerWords ? PrintedFigures.figure(VIEWERS, text) : InterviewFacts.NOT_PRINTED;
    if (viewers == 0) {
      viewers = InterviewFacts.NOT_PRINTED; // 点击数：0 is a script counter's placeholder: a page seen has a view
    }
    boolean counted = false;
    if (answers == InterviewFacts.NOT_PRINTED && PrintedFigures.containsAny(visible, TRANSCRIPT_WORDS)) {
      int answered = answeredInTranscript(text);
      if (answered > 0) {
        answers = answered;
        counted = true;
      }
    }
    InterviewFacts facts = new InterviewFacts(questions, answers, viewers, counted);
    return facts.isEmpty() ? InterviewFacts.NONE : facts;
  }

  /** The netizens' questions a guest answers in the transcript {@code text} (see the class comment). */
  static int answeredInTranscript(String text) {
    Matcher m = TURN.matcher(text);
    int answered = 0;
    boolean asking = false;
    String speaker = null;
    int turnStart = 0;
    while (true) {
      boolean found = m.find();
      if (speaker != null && isNetizen(speaker)) {
        asking = ASKS.matcher(text.substring(turnStart, found ? m.start() : text.length())).find();
      }
      if (!found) {
        return answered;
      }
      speaker = m.group(1) != null ? m.group(1) : m.group(2);
      turnStart = m.end();
      if (!isNetizen(speaker) && !speaker.contains("主持") && asking) {
        answered++;
        asking = false;
      }
    }
  }

  private static boolean namesInterview(String title, List<String> path) {
    if (title != null && title.contains(INTERVIEW)) {
      return true;
    }
    for (String column : path) {
      if (column.contains(INTERVIEW)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNetizen(String speaker) {
    return speaker.startsWith("网友") || speaker.startsWith("网民");
  }
}
