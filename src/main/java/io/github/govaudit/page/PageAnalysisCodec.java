package io.github.govaudit.page;

import io.github.govaudit.marks.FilingMarks;
import io.github.govaudit.marks.Mark;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A compact binary form of a {@link PageAnalysis}, for storing the analysis beside the page and
 * reading it back without parsing the page again. Every field comes back exactly: nulls, dates,
 * enums, lists, the meta map in its order, {@link BodyStats}, {@link Disclosure}, {@link
 * Pagination}.
 *
 * <p>Format version {@value #VERSION}: one version byte, then the fields in record order (see
 * {@link CodecOutput} for how each kind of value is written; URLs are front-coded, so the URLs of a
 * list cost little more than their differing tails). Enums are stored by ordinal: new constants go
 * at the end, and any other change to the format takes a new version. Stateless, thread-safe.
 */
public final class PageAnalysisCodec {

  /** The format version this codec writes and the only one it reads. */
  public static final int VERSION = 5;

  private static final PageType[] PAGE_TYPES = PageType.values();
  private static final DateSource[] DATE_SOURCES = DateSource.values();
  private static final Category[] CATEGORIES = Category.values();
  private static final InterpretationKind[] INTERPRETATION_KINDS = InterpretationKind.values();
  /** The fewest bytes one list item, URL, breadcrumb element or meta entry takes. */
  private static final int MIN_ELEMENT_BYTES = 1;

  /** The bytes of {@code analysis}. */
  public byte[] encode(PageAnalysis analysis) {
    CodecOutput out = new CodecOutput();
    out.writeByte(VERSION);
    out.writeUrl(analysis.url());
    out.writeEnum(analysis.pageType());
    out.writeString(analysis.title());
    out.writeDate(analysis.publishDate());
    out.writeEnum(analysis.dateSource());
    out.writeString(analysis.column());
    out.writeCount(analysis.breadcrumb().size());
    for (String crumb : analysis.breadcrumb()) {
      out.writeString(crumb);
    }
    out.writeEnum(analysis.category());
    out.writeEnum(analysis.interpretationKind());
    out.writeCount(analysis.listItems().size());
    for (ListItem item : analysis.listItems()) {
      out.writeString(item.title());
      out.writeUrl(item.url());
      out.writeDate(item.date());
      out.writeString(item.dateText());
    }
    writePagination(out, analysis.pagination());
    writeDisclosure(out, analysis.disclosure());
    out.writeCount(analysis.meta().size());
    for (Map.Entry<String, String> m : analysis.meta().entrySet()) {
      out.writeString(m.getKey());
      out.writeString(m.getValue());
    }
    out.writeString(analysis.contentSource());
    writeBody(out, analysis.body());
    writeMarks(out, analysis.marks());
    writeAccessibility(out, analysis.accessibility());
    writeConsultation(out, analysis.consultation());
    writeInterview(out, analysis.interview());
    return out.toByteArray();
  }

  /**
   * The analysis {@code bytes} hold.
   *
   * @throws AnalysisFormatException when the bytes are of another format version, truncated or corrupt
   */
  public PageAnalysis decode(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new AnalysisFormatException("no bytes: a stored page analysis starts with its format version");
    }
    CodecInput in = new CodecInput(bytes);
    int version = in.readByte();
    if (version != VERSION) {
      throw new AnalysisFormatException("a stored page analysis of format version " + version
          + "; this govaudit reads version " + VERSION + " (analyse the pages again)");
    }
    String url = in.readUrl();
    PageType pageType = in.readEnum(PAGE_TYPES);
    String title = in.readString();
    java.time.LocalDate publishDate = in.readDate();
    DateSource dateSource = in.readEnum(DATE_SOURCES);
    String column = in.readString();
    int crumbs = in.readCount(MIN_ELEMENT_BYTES);
    List<String> breadcrumb = new ArrayList<>(crumbs);
    for (int i = 0; i < crumbs; i++) {
      breadcrumb.add(nonNull(in.readString(), "breadcrumb element"));
    }
    Category category = in.readEnum(CATEGORIES);
    InterpretationKind kind = in.readEnum(INTERPRETATION_KINDS);
    int items = in.readCount(MIN_ELEMENT_BYTES);
    List<ListItem> listItems = new ArrayList<>(items);
    for (int i = 0; i < items; i++) {
      listItems.add(new ListItem(in.readString(), in.readUrl(), in.readDate(), in.readString()));
    }
    Pagination pagination = readPagination(in);
    Disclosure disclosure = readDisclosure(in);
    int metas = in.readCount(MIN_ELEMENT_BYTES);
    Map<String, String> meta = new LinkedHashMap<>(Math.max(4, metas * 2));
    for (int i = 0; i < metas; i++) {
      meta.put(in.readString(), in.readString());
    }
    String contentSource = in.readString();
    BodyStats body = readBody(in);
    FilingMarks marks = readMarks(in);
    AccessibilityFacts accessibility = readAccessibility(in);
    ConsultationFacts consultation = readConsultation(in);
    InterviewFacts interview = readInterview(in);
    in.end();
    return new PageAnalysis(url, pageType, title, publishDate, dateSource, column, breadcrumb, category, kind,
        listItems, pagination, disclosure, meta, contentSource, body, marks, accessibility, consultation,
        interview);
  }

  private static void writePagination(CodecOutput out, Pagination pagination) {
    out.writeByte(pagination == null ? 0 : 1);
    if (pagination != null) {
      out.writeSignedVarLong(pagination.pages());
      out.writeCount(pagination.urls().size());
      for (String u : pagination.urls()) {
        out.writeUrl(u);
      }
    }
  }

  private static Pagination readPagination(CodecInput in) {
    if (!in.readFlag()) {
      return null;
    }
    int pages = in.readInt();
    int n = in.readCount(MIN_ELEMENT_BYTES);
    List<String> urls = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      urls.add(nonNull(in.readUrl(), "page URL"));
    }
    return new Pagination(pages, urls);
  }

  private static void writeDisclosure(CodecOutput out, Disclosure d) {
    out.writeByte(d == null ? 0 : 1);
    if (d != null) {
      out.writeString(d.indexNo());
      out.writeString(d.publisher());
      out.writeDate(d.writtenDate());
      out.writeDate(d.publishDate());
      out.writeString(d.docNo());
    }
  }

  private static Disclosure readDisclosure(CodecInput in) {
    if (!in.readFlag()) {
      return null;
    }
    return new Disclosure(in.readString(), in.readString(), in.readDate(), in.readDate(), in.readString());
  }

  /** The marks: their texts (null when absent), then the badge and 纠错 flags and the malformed marks as bits. */
  private static void writeMarks(CodecOutput out, FilingMarks m) {
    out.writeString(m.siteCode().orElse(null));
    out.writeString(m.siteCodeSource());
    out.writeString(m.icp().orElse(null));
    out.writeString(m.police().orElse(null));
    out.writeString(m.sponsor().orElse(null));
    out.writeString(m.organizer().orElse(null));
    out.writeString(m.conacId().orElse(null));
    int bits = (m.conacBadge() ? 1 : 0) | (m.jiucuo() ? 2 : 0);
    for (Mark mark : m.malformed()) {
      bits |= 4 << mark.ordinal();
    }
    out.writeVarLong(bits);
  }

  private static FilingMarks readMarks(CodecInput in) {
    Optional<String> siteCode = Optional.ofNullable(in.readString());
    String siteCodeSource = nonNull(in.readString(), "site code source");
    Optional<String> icp = Optional.ofNullable(in.readString());
    Optional<String> police = Optional.ofNullable(in.readString());
    Optional<String> sponsor = Optional.ofNullable(in.readString());
    Optional<String> organizer = Optional.ofNullable(in.readString());
    Optional<String> conacId = Optional.ofNullable(in.readString());
    long bits = in.readVarLong();
    Set<Mark> malformed = EnumSet.noneOf(Mark.class);
    for (Mark mark : Mark.values()) {
      if ((bits & (4L << mark.ordinal())) != 0) {
        malformed.add(mark);
      }
    }
    return new FilingMarks(siteCode, siteCodeSource, icp, police, sponsor, organizer, conacId, (bits & 1) != 0,
        (bits & 2) != 0, malformed);
  }

  private static void writeBody(CodecOutput out, BodyStats body) {
    out.writeByte(body == null ? 0 : 1);
    if (body != null) {
      out.writeSignedVarLong(body.textChars());
      out.writeSignedVarLong(body.largeImages());
      out.writeByte((body.hasVideo() ? 1 : 0) | (body.hasAudio() ? 2 : 0));
    }
  }

  private static BodyStats readBody(CodecInput in) {
    if (!in.readFlag()) {
      return null;
    }
    int text = in.readInt();
    int images = in.readInt();
    int media = in.readByte();
    if (media > 3) {
      throw new AnalysisFormatException("media flags " + media + " in the body stats");
    }
    return new BodyStats(text, images, (media & 1) != 0, (media & 2) != 0);
  }

  private static void writeAccessibility(CodecOutput out, AccessibilityFacts a) {
    out.writeSignedVarLong(a.imagesWithoutAlt());
    out.writeSignedVarLong(a.controlsWithoutLabel());
    out.writeSignedVarLong(a.emptyLinks());
    out.writeByte((a.hasLang() ? 1 : 0) | (a.hasTitle() ? 2 : 0));
  }

  private static AccessibilityFacts readAccessibility(CodecInput in) {
    int images = in.readInt();
    int controls = in.readInt();
    int links = in.readInt();
    int flags = in.readByte();
    if (flags > 3) {
      throw new AnalysisFormatException("flags " + flags + " in the accessibility facts");
    }
    return new AccessibilityFacts(images, controls, links, (flags & 1) != 0, (flags & 2) != 0);
  }

  /** A flag, then (when the page shows anything) the figures, each one more than printed (0: not printed), and the result page. */
  private static void writeConsultation(CodecOutput out, ConsultationFacts c) {
    out.writeByte(c.isEmpty() ? 0 : 1);
    if (!c.isEmpty()) {
      out.writeVarLong(c.opinions() + 1L);
      out.writeVarLong(c.participants() + 1L);
      out.writeString(c.result());
    }
  }

  private static ConsultationFacts readConsultation(CodecInput in) {
    if (!in.readFlag()) {
      return ConsultationFacts.NONE;
    }
    long opinions = in.readVarLong() - 1;
    long participants = in.readVarLong() - 1;
    if (opinions > Integer.MAX_VALUE || participants > Integer.MAX_VALUE) {
      throw new AnalysisFormatException("consultation figures " + opinions + ", " + participants + " out of range");
    }
    return new ConsultationFacts((int) opinions, (int) participants, in.readString());
  }

  /**
   * A byte (0: nothing printed, 1: figures printed, 2: the answers counted in a transcript), then (when
   * anything is printed) the three figures, each one more than printed (0: not printed).
   */
  private static void writeInterview(CodecOutput out, InterviewFacts i) {
    out.writeByte(i.isEmpty() ? 0 : i.answersCounted() ? 2 : 1);
    if (!i.isEmpty()) {
      out.writeVarLong(i.questions() + 1L);
      out.writeVarLong(i.answers() + 1L);
      out.writeVarLong(i.viewers() + 1L);
    }
  }

  private static InterviewFacts readInterview(CodecInput in) {
    int kind = in.readByte();
    if (kind == 0) {
      return InterviewFacts.NONE;
    }
    if (kind > 2) {
      throw new AnalysisFormatException("interview kind " + kind + ", which no analysis holds");
    }
    long questions = in.readVarLong() - 1;
    long answers = in.readVarLong() - 1;
    long viewers = in.readVarLong() - 1;
    if (outOfRange(questions) || outOfRange(answers) || outOfRange(viewers) || kind == 2 && answers < 0) {
      throw new AnalysisFormatException("interview figures " + questions + ", " + answers + ", " + viewers
          + " out of range");
    }
    return new InterviewFacts((int) questions, (int) answers, (int) viewers, kind == 2);
  }

  /** Whether a stored figure is neither a count nor NOT_PRINTED. */
  private static boolean outOfRange(long figure) {
    return figure < InterviewFacts.NOT_PRINTED || figure > Integer.MAX_VALUE;
  }

  private static <T> T nonNull(T value, String what) {
    if (value == null) {
      throw new AnalysisFormatException("a null " + what + ", which no analysis holds");
    }
    return value;
  }
}
