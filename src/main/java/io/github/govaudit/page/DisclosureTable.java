package io.github.govaudit.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * Reads the metadata table of a disclosure (信息公开) document: 索引号, 发布机构 / 发文机关,
 * 成文日期, 发布日期, 文号. The table may be a {@code <table>}, {@code <div>}s or one line of text;
 * labels are recognised by their words, not by markup. 成文日期 / 发文日期 / 印发日期 are written
 * dates and never the publish date.
 */
final class DisclosureTable {

  /** The fields of the table; OTHER labels (主题分类, 有效性 …) only end the previous value. */
  enum Field { INDEX_NO, PUBLISHER, WRITTEN_DATE, PUBLISH_DATE, DOC_NO, OTHER }

  /** Label words of each field, as printed by TRS, Hanweb and home-grown disclosure platforms. */
  private static final Map<Field, List<String>> LABELS = new EnumMap<>(Map.of(
      Field.INDEX_NO, List.of("索引号", "索取号", "信息索引号", "索引编号"),
      Field.PUBLISHER, List.of("发布机构", "发文机关", "发文机构", "发文单位", "发布单位", "制发机关",
          "发布主体", "公开主体", "信息发布机构", "所属机构", "公开机构"),
      Field.WRITTEN_DATE, List.of("成文日期", "成文时间", "发文日期", "发文时间", "印发日期", "印发时间",
          "签发日期", "制发日期"),
      // 生成日期 is when the platform put the record out (Hanweb 集约化 tables print no other publish date)
      Field.PUBLISH_DATE, List.of("发布日期", "发布时间", "公开日期", "公开时间", "信息发布日期", "发布日", "生成日期"),
      Field.DOC_NO, List.of("文号", "发文字号", "发文文号", "文件编号", "发文号", "文件字号", "文件文号"),
      Field.OTHER, List.of("主题分类", "主题词", "有效性", "体裁分类", "公文种类", "组配分类", "信息分类",
          "服务对象", "名称", "标题", "文件名称", "信息名称", "关键词", "关键字", "生效日期", "实施日期",
          "废止日期", "失效日期", "有效期", "时效性", "效力状态", "信息类别", "所属主题", "内容概述", "摘要",
          "公开方式", "公开范围", "公开形式", "来源", "信息来源", "分类", "体裁", "主题", "文种", "责任部门",
          "公开类别", "公开时限", "所属分类", "统一编号", "登记号", "题名", "内容分类", "公开属性")));

  /** Labels longest first, so 发文字号 is not read as 文号. */
  private static final List<Map.Entry<String, Field>> ORDERED =
      LABELS.entrySet().stream()
          .flatMap(e -> e.getValue().stream().map(l -> Map.entry(l, e.getKey())))
          .sorted(Comparator.comparingInt((Map.Entry<String, Field> e) -> e.getKey().length()).reversed())
          .toList();
  /** {@link #ORDERED} by the labels' first character, each list still longest first. */
  private static final Map<Character, List<Map.Entry<String, Field>>> BY_FIRST_CHAR = ORDERED.stream()
      .collect(Collectors.groupingBy(e -> e.getKey().charAt(0), Collectors.toList()));
  private static final Pattern INNER_LABEL =
      Pattern.compile("(" + ORDERED.stream().map(Map.Entry::getKey).collect(Collectors.joining("|"))
          + ")[:：]");
  /** A space between two Chinese characters, which some platforms put inside labels (索 引 号). */
  private static final Pattern SPACE_IN_WORD = Pattern.compile("(?<=[\\u4e00-\\u9fa5]) (?=[\\u4e00-\\u9fa5])");
  /** A label in brackets: [ 索引号 ], 【发布日期】, 〔文号〕. */
  private static final Pattern BRACKETED_LABEL = Pattern.compile("[\\[【〔（(]([^\\]】〕）)]{2,8})[\\]】〕）)][:：]?");
  private static final Pattern LEADING_COLON = Pattern.compile("^[:：]");
  /** The table must hold at least this many distinct labels to be a metadata table. */
  private static final int MIN_LABELS = 3;
  /** A value cell is shorter than this; a longer unlabelled text is prose. */
  private static final int CELL_CHARS = 40;
  /** How many levels above a part that reads as a table its whole table may be. */
  private static final int WIDER_LEVELS = 3;
  /** Metadata tables are short; a larger block is the whole page. */
  private static final int MAX_TABLE_CHARS = 2500;

  private final DateParser dates = new DateParser();

  /** A token of the table: a label (field set) with its inline value, or a bare value. */
  private record Token(Field field, String text) {}

  /** The disclosure table of the page, if it has one with values. */
  Optional<Disclosure> find(PageContext page) {
    if (page.body() == null) {
      return Optional.empty();
    }
    List<LabelledText.Piece> pieces = page.pieces();
    Field[] labels = new Field[pieces.size()];
    for (int i = 0; i < pieces.size(); i++) {
      String compact = unbracketed(Texts.compact(pieces.get(i).text()));
      labels[i] = labelAt(compact).map(Map.Entry::getValue).orElse(null);
      if (labels[i] == Field.INDEX_NO || compact.contains("索引号")) {
        Optional<Disclosure> d = container(pieces.get(i).owner()).flatMap(this::read);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    for (int i = 0; i < pieces.size(); i++) {
      if (labels[i] == Field.PUBLISHER) {
        Optional<Disclosure> d = container(pieces.get(i).owner()).flatMap(this::read);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  /** The tokens of the nearest block around {@code start} that is a metadata table. */
  private Optional<List<Token>> container(Element start) {
    for (Element e = start; e != null && !e.normalName().equals("body"); e = e.parent()) {
      String text = Texts.compact(e.text());
      if (text.length() > MAX_TABLE_CHARS) {
        return Optional.empty();
      }
      if (e.normalName().equals("tr") && isListHeader(e)) {
        return Optional.empty();
      }
      List<Token> tokens = tokens(e);
      if (isMetadataTable(tokens)) {
        return Optional.of(whole(e, tokens));
      }
    }
    return Optional.empty();
  }

  /**
   * The tokens of the whole table around a part that already reads as one: a row of three labels
   * (索引号 | 文件编号 | 发布机构) is the first row of a table whose next row holds 生成日期. The nearest
   * ancestors are read while one of them adds labels of the table's own fields and no prose (the
   * article's own 发布时间 line under its title is not the table's).
   */
  private static List<Token> whole(Element part, List<Token> tokens) {
    List<Token> best = tokens;
    int fields = ownFields(tokens).size();
    long partProse = prose(tokens);
    Element e = part.parent();
    for (int up = 0; up < WIDER_LEVELS && e != null && !e.normalName().equals("body"); up++, e = e.parent()) {
      if (Texts.compact(e.text()).length() > MAX_TABLE_CHARS) {
        break;
      }
      List<Token> wider = tokens(e);
      if (prose(wider) > partProse) {
        break;
      }
      int more = ownFields(wider).size();
      if (more > fields) {
        best = wider;
        fields = more;
      }
    }
    return best;
  }

  /** How many unlabelled runs of text are too long for a table cell: the article has begun. */
  private static long prose(List<Token> tokens) {
    return tokens.stream().filter(t -> t.field() == null && t.text().length() > CELL_CHARS).count();
  }

  private static java.util.Set<Field> ownFields(List<Token> tokens) {
    return tokens.stream().map(Token::field).filter(f -> f != null && f != Field.OTHER).collect(Collectors.toSet());
  }

  /**
   * A row of three or more bare labels (名称 | 索引号 | 发布机构 | 发布日期) over rows whose cells link to
   * other pages is the header of a list of documents, not the page's own metadata table.
   */
  private static boolean isListHeader(Element row) {
    int labels = 0;
    for (Element cell : row.children()) {
      Optional<Map.Entry<String, Field>> label = labelAt(Texts.compact(cell.text()));
      if (label.isEmpty() || Texts.compact(cell.text()).length() > label.get().getKey().length() + 1) {
        return false;
      }
      labels++;
    }
    if (labels < MIN_LABELS) {
      return false;
    }
    for (Element next = row.nextElementSibling(); next != null; next = next.nextElementSibling()) {
      for (Element a : next.getElementsByTag("a")) {
        String href = a.attr("href");
        if (!href.isEmpty() && !href.startsWith("#") && !href.startsWith("javascript")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Three of its own labels make a metadata table; so do 索引号 and one more of them among other
   * labels of such tables (公开方式, 公开范围 …), as some platforms print few of the usual ones.
   */
  private static boolean isMetadataTable(List<Token> tokens) {
    java.util.Set<Field> own = ownFields(tokens);
    long others = tokens.stream().filter(t -> t.field() == Field.OTHER).count();
    return own.size() >= MIN_LABELS || own.contains(Field.INDEX_NO) && own.size() >= 2 && others >= 1;
  }

  private Optional<Disclosure> read(List<Token> tokens) {
    Map<Field, String> values = new EnumMap<>(Field.class);
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.field() == null || values.containsKey(t.field())) {
        continue;
      }
      String value = t.text();
      if (value.isEmpty() && i + 1 < tokens.size() && tokens.get(i + 1).field() == null) {
        // the label in its own element, the colon before the value in the next (<strong>索引号</strong>：000…)
        value = LEADING_COLON.matcher(tokens.get(i + 1).text()).replaceFirst("").strip();
      }
      if (!value.isEmpty()) {
        values.put(t.field(), value);
      }
    }
    String indexNo = values.get(Field.INDEX_NO);
    String publisher = values.get(Field.PUBLISHER);
    LocalDate written = date(values.get(Field.WRITTEN_DATE));
    LocalDate published = date(values.get(Field.PUBLISH_DATE));
    String docNo = values.get(Field.DOC_NO);
    long others = java.util.stream.Stream.of(publisher, written, published, docNo)
        .filter(java.util.Objects::nonNull).count();
    if ((indexNo != null && others >= 1) || others >= MIN_LABELS || isMetadataTable(tokens)) {
      // a table whose values the platform left empty is still a disclosure document's table
      return Optional.of(new Disclosure(indexNo, publisher, written, published, docNo));
    }
    return Optional.empty();
  }

  private LocalDate date(String value) {
    return value == null ? null : dates.first(value).map(DateParser.Found::date).orElse(null);
  }

  private static List<Token> tokens(Element table) {
    List<Token> out = new ArrayList<>();
    for (LabelledText.Piece piece : LabelledText.pieces(table)) {
      String text = piece.text().indexOf(' ') < 0 ? piece.text() : SPACE_IN_WORD.matcher(piece.text()).replaceAll("");
      // an inner label ends with a colon: text without one is one part
      boolean colon = text.indexOf(':') >= 0 || text.indexOf('：') >= 0;
      Matcher m = INNER_LABEL.matcher(text);
      int last = 0;
      List<String> parts = new ArrayList<>();
      while (colon && m.find()) {
        if (m.start() > last) {
          parts.add(text.substring(last, m.start()));
        }
        last = m.start();
      }
      parts.add(text.substring(last));
      for (String part : parts) {
        String p = part.strip();
        if (p.isEmpty()) {
          continue;
        }
        out.add(token(p));
      }
    }
    return out;
  }

  private static Token token(String text) {
    String compact = unbracketed(Texts.compact(text));
    Optional<Map.Entry<String, Field>> label = labelAt(compact);
    if (label.isEmpty()) {
      return new Token(null, text);
    }
    String rest = LEADING_COLON.matcher(compact.substring(label.get().getKey().length())).replaceFirst("");
    int cut = text.indexOf('：') >= 0 ? text.indexOf('：') : text.indexOf(':');
    String value = cut >= 0 ? text.substring(cut + 1).strip() : rest;
    return new Token(label.get().getValue(), value);
  }

  /**
   * The text with a bracketed label made plain ({@code [索引号]} → {@code 索引号}, {@code 【发布日期】2021-04-09}
   * → {@code 发布日期：2021-04-09}), as some platforms print their labels; other text as it is.
   */
  private static String unbracketed(String compact) {
    Matcher m = BRACKETED_LABEL.matcher(compact);
    if (!m.lookingAt()) {
      return compact;
    }
    String rest = compact.substring(m.end());
    return rest.isEmpty() ? m.group(1) : m.group(1) + "：" + rest;
  }

  /** The label {@code compact} starts with when it is a label (alone or followed by a colon). */
  private static Optional<Map.Entry<String, Field>> labelAt(String compact) {
    if (compact.isEmpty()) {
      return Optional.empty();
    }
    for (Map.Entry<String, Field> e : BY_FIRST_CHAR.getOrDefault(compact.charAt(0), List.of())) {
      String label = e.getKey();
      if (compact.startsWith(label) && (compact.length() == label.length()
          || compact.charAt(label.length()) == '：' || compact.charAt(label.length()) == ':')) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
