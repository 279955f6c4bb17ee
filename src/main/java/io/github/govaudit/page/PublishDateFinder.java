package io.github.govaudit.page;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an item page's publish date, in the order of the counting rules: the disclosure table's
 * 发布日期, then a labelled date in the visible text (发布时间 / 发布日期 / 日期 / 时间), then a
 * date printed just under the title or ending the info block straight over it (not on disclosure
 * documents, whose dateline is the written date), then meta PubDate, then the URL. Written dates (成文日期,
 * 发文日期, 印发日期) are never taken.
 */
final class PublishDateFinder {

  /** Labels that name the publish date. */
  private static final LabelPattern PUBLISH_LABEL = LabelPattern.of("",
      List.of("发布时间", "发布日期", "发表时间", "发表日期", "公开日期", "公开时间", "发稿时间", "发稿日期", "上传时间",
          "上传日期", "录入时间", "信息时间", "稿件日期", "刊发时间", "发布于", "更新时间", "更新日期"),
      "\\s*[:：]?\\s*");
  /**
   * Bare 日期 / 时间 labels, standing alone: a word before them (培训时间, 开始时间, 成文日期) makes them
   * another date, unless it names the article itself (文章, 信息, 新闻, 稿件).
   */
  private static final LabelPattern GENERIC_LABEL = LabelPattern.of(
      "(?:(?<![\\u4e00-\\u9fa5])|(?<=文章|信息|新闻|稿件|网站|页面))(?<!成文|发文|印发|签发|生效|实施|废止|失效|截止|开始|结束|报名|办结|留言|回复|答复|受理|提问|咨询|办理|会议|活动|考试|访谈|直播|征集|反馈|出生|访问|浏览|打印|申请|举办|有效|施行|执行|工作|成立)",
      List.of("日期", "时间"), "\\s*[:：]\\s*");
  /** How far after a label its date may start. */
  private static final int LABEL_REACH = 12;
  /** How far under the title an unlabelled date may stand. */
  private static final int TITLE_REACH = 160;
  /** A clock time after a date: 09:52, 08时01分, 16:05:29. */
  private static final Pattern CLOCK =
      Pattern.compile("\\s*\\d{1,2}(?:[:：]\\d{2}(?:[:：]\\d{2})?|时(?:\\d{1,2}分)?)");
  /** Labels that follow the date on a date line. */
  private static final Pattern NEXT_LABEL = Pattern.compile(
      "来源|信息来源|作者|撰稿|编辑|责任编辑|浏览|点击|阅读|访问|字号|字体|发布|分享|打印|【");
  /** How far over the title an info block with its date line may start. */
  private static final int OVER_TITLE_REACH = 60;
  /** An info block's label (来源 / 作者 / 发布) and, last before the title, a line holding only a date and time. */
  private static final Pattern DATE_LINE_OVER_TITLE = Pattern.compile(
      "(?:来源|作者|发布)[^\\n]*[:：][^\\n]*\\n(?:[^\\n]*\\n)*?\\s*(\\d{4}[-./年]\\d{1,2}[-./月]\\d{1,2}日?(?:\\s+\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?)\\s*$");
  private static final String[] META_NAMES = {"PubDate", "publishdate", "pubdate", "publish_date",
      "publishtime", "article:published_time", "og:article:published_time", "dc.date",
      "dcterms.issued", "dc.date.issued", "firstpublishedtime", "OtherDate"};

  private final DateParser dates = new DateParser();
  private final UrlDates urlDates = new UrlDates();

  /** The publish date of the item page, with its evidence. */
  Optional<PublishDate> find(PageContext page, MetaTags meta, Disclosure disclosure, String title) {
    if (disclosure != null && disclosure.publishDate() != null) {
      return Optional.of(new PublishDate(disclosure.publishDate(), DateSource.DISCLOSURE_TABLE));
    }
    String url = page.url();
    String text = page.visibleText();
    // under a disclosure document's title stands its own date (成文 or 印发), not the publish date
    Optional<PublishDate> body = labelled(text, PUBLISH_LABEL)
        .or(() -> labelled(text, GENERIC_LABEL))
        .or(() -> disclosure == null ? titleIn(text, title)
            .flatMap(at -> underTitle(text, at).or(() -> overTitle(text, at))) : Optional.empty())
        .map(d -> new PublishDate(d, DateSource.BODY));
    if (body.isPresent()) {
      return body;
    }
    for (String name : META_NAMES) {
      String value = meta.get(name);
      Optional<DateParser.Found> d = value == null ? Optional.empty() : dates.first(value);
      if (d.isPresent()) {
        return Optional.of(new PublishDate(d.get().date(), DateSource.META));
      }
    }
    return urlDates.date(url).map(d -> new PublishDate(d, DateSource.URL));
  }

  private Optional<java.time.LocalDate> labelled(String text, LabelPattern label) {
    LabelPattern.Matches m = label.in(text);
    while (m.find()) {
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + LABEL_REACH + 20));
      Optional<DateParser.Found> d = dates.first(after);
      if (d.isPresent() && d.get().start() <= LABEL_REACH) {
        return Optional.of(d.get().date());
      }
    }
    return Optional.empty();
  }

  /** An unlabelled date just under the title, which stands in the text {@code at}. */
  private Optional<java.time.LocalDate> underTitle(String text, Texts.Span at) {
    String window = beforeFirstSentence(text.substring(at.end(), Math.min(text.length(), at.end() + TITLE_REACH)));
    return dates.all(window).stream().filter(d -> endsItsLine(window, d.end()))
        .findFirst().map(DateParser.Found::date);
  }

  /**
   * A date line standing straight over the title at the end of the article's info block (来源：… 类型：…
   * 2024-08-30 17:20, then the title), as some ministries print it.
   */
  private Optional<java.time.LocalDate> overTitle(String text, Texts.Span at) {
    Matcher line = DATE_LINE_OVER_TITLE.matcher(text.substring(Math.max(0, at.start() - OVER_TITLE_REACH), at.start()));
    return line.find() ? dates.first(line.group(1)).map(DateParser.Found::date) : Optional.empty();
  }

  /**
   * The text up to its first full sentence: the date line stands between the title and the body, so a
   * date after a sentence (局长：… 2026年2月12日 under an order's preamble) is the document's own.
   */
  private static String beforeFirstSentence(String window) {
    int end = window.indexOf('。');
    return end < 0 ? window : window.substring(0, end);
  }

  /** Where the title first stands in the text, whitespace ignored; empty for titles too short to tell. */
  private static Optional<Texts.Span> titleIn(String text, String title) {
    return Texts.compact(title).length() < 4 ? Optional.empty() : Texts.findIgnoringSpace(text, title);
  }

  /**
   * True when the date ends its phrase: a line, a bracket, or the next label of the date line (来源,
   * 作者 …), a clock time between. A date running on into words ({@code （2007年6月29日第十届…会议通过）})
   * or a comma (2026年5月1日，… the body's first sentence) is the date of an event, not the page's.
   */
  private static boolean endsItsLine(String window, int end) {
    Matcher time = CLOCK.matcher(window).region(end, window.length());
    int at = time.lookingAt() ? time.end() : end;
    if (at >= window.length()) {
      return true;
    }
    char c = window.charAt(at);
    if (c == '，' || c == ',' || c == '、') {
      return false; // 2026年5月1日，… opens the body's first sentence
    }
    return !Character.isLetterOrDigit(c) || NEXT_LABEL.matcher(window).region(at, window.length()).lookingAt();
  }
}
