package io.github.govaudit.marks;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * Reads the filing marks from a page's text and scripts, with the patterns of
 * inspection-criteria.md §C (after NFKC normalisation, so full-width digits count). A label printed
 * with a value of the wrong form (a 9-digit 网站标识码, an ICP number without 号) is reported as
 * malformed rather than missing. The crawl reads the marks of every page, so each pattern is tried
 * only near the words it needs ("ICP", "公网安备", "网站标识码", "办" …), found with {@code indexOf}.
 */
public final class FilingMarksReader {

  /** Province abbreviations, with the alternative ones real filings use (蜀 川, 陇 甘, 滇 云, 黔 贵). */
  private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼蜀陇滇黔";

  /** C1: province abbreviation + ICP备 + number + 号, optional -N. */
  static final Pattern ICP = Pattern.compile(
      "([" + PROVINCES + "])\\s*ICP\\s*([备证])\\s*(\\d{6,10})\\s*号(?:\\s*-\\s*(\\d{1,3}))?");

  /** C2: province abbreviation + 公网安备 + 14 digits. */
  static final Pattern POLICE = Pattern.compile("([" + PROVINCES + "])\\s*公网安备\\s*(\\d{14})\\s*号?");

  /** C3: 网站标识码 followed by 10 digits or bm + 8 digits. */
  static final Pattern SITE_CODE_TEXT = Pattern.compile("网站标识码\\s*[:：]?\\s*(bm\\d{8}|\\d{10})(?!\\d)");

  static final Pattern SITE_CODE = Pattern.compile("^(?:\\d{10}|bm\\d{8})$");

  private static final Pattern ICP_LABEL = Pattern.compile("ICP\\s*[备证]");
  private static final Pattern SITE_CODE_LABEL = Pattern.compile("网站标识码\\s*[:：]?\\s*\\S");

  /** The site code the jiucuo script carries, matched in lower-cased code. */
  private static final Pattern JIUCUO_SITECODE = Pattern.compile("sitecode\\s*=\\s*['\"]?(bm\\d{8}|\\d{10})");

  private static final Pattern SPONSOR = Pattern.compile("主\\s*办(?:\\s*单\\s*位)?\\s*[:：]\\s*([^\\s|｜,，;；:：]{2,40})");
  private static final Pattern ORGANIZER = Pattern.compile("承\\s*办(?:\\s*单\\s*位)?\\s*[:：]\\s*([^\\s|｜,，;；:：]{2,40})");
  private static final Pattern CONAC_ID = Pattern.compile("CA\\d{21}");

  /**
   * What the national 找错 entry's code holds (criteria C4): its script id, its rendered span, or its
   * script, page or image under {@code exposure/}; a site's own 纠错 page is not that entry.
   */
  private static final List<String> JIUCUO = List.of("_jiucuo_", "_span_jiucuo", "exposure/jiucuo", "exposure/images/jiucuo");

  /** What the 党政机关 badge's code holds: its placeholder id, script path, link or image id. */
  private static final List<String> CONAC_BADGE =
      List.of("_ideConac", "dcs.conac.cn/js/", "bszs.conac.cn/sitename", "imgConac");

  /** Reads the marks of {@code doc}. */
  public FilingMarks read(Document doc) {
    return read(MarkSource.of(doc));
  }

  /** Reads the marks of a page from what {@code source} holds of it. */
  public FilingMarks read(MarkSource source) {
    String text = nfkc(source.text());
    String code = source.code(); // addresses and script: ASCII where the marks are
    String lowerCode = code.toLowerCase(Locale.ROOT);
    Optional<String> icp = near(ICP, text, "ICP", 4, 30).map(FilingMarksReader::icp);
    Optional<String> police = near(POLICE, text, "公网安备", 4, 30).map(m -> m.group(1) + "公网安备" + m.group(2) + "号");
    SiteCode siteCode = siteCode(text, lowerCode, source.siteIdMeta());
    Set<Mark> malformed = EnumSet.noneOf(Mark.class);
    if (siteCode.printed.isEmpty() && near(SITE_CODE_LABEL, text, "网站标识码", 0, 10).isPresent()) {
      malformed.add(Mark.SITE_CODE);
    }
    if (icp.isEmpty() && near(ICP_LABEL, text, "ICP", 0, 5).isPresent()) {
      malformed.add(Mark.ICP);
    }
    if (police.isEmpty() && text.contains("公网安备")) {
      malformed.add(Mark.POLICE);
    }
    boolean jiucuo = JIUCUO.stream().anyMatch(lowerCode::contains);
    boolean badge = CONAC_BADGE.stream().anyMatch(code::contains);
    return new FilingMarks(siteCode.value, siteCode.source, icp, police, value(SPONSOR, text), value(ORGANIZER, text),
        near(CONAC_ID, code, "CA", 0, 23).map(Matcher::group), badge, jiucuo, malformed);
  }

  /** The site code as printed in the text (or empty), and the one the page gives by any means. */
  private record SiteCode(Optional<String> printed, Optional<String> value, String source) {}

  private static SiteCode siteCode(String text, String lowerCode, String meta) {
    Optional<String> footer = near(SITE_CODE_TEXT, text, "网站标识码", 0, 24).map(m -> m.group(1));
    if (footer.isPresent()) {
      return new SiteCode(footer, footer, "footer");
    }
    if (SITE_CODE.matcher(meta).matches()) {
      return new SiteCode(Optional.empty(), Optional.of(meta), "meta");
    }
    Optional<String> jiucuo = near(JIUCUO_SITECODE, lowerCode, "sitecode", 0, 24).map(m -> m.group(1));
    return new SiteCode(Optional.empty(), jiucuo, jiucuo.isPresent() ? "jiucuo" : "");
  }

  private static String icp(Matcher m) {
    String base = m.group(1) + "ICP" + m.group(2) + m.group(3) + "号";
    return m.group(4) == null ? base : base + "-" + m.group(4);
  }

  /** The 主办/承办 name the pattern's group 1 holds, tried at each "办" of the text. */
  private static Optional<String> value(Pattern p, String text) {
    return near(p, text, "办", 4, 60).map(m -> m.group(1).strip());
  }

  /**
   * The first match of {@code p} that takes in an occurrence of {@code word} in {@code s}, looked
   * for from {@code before} chars ahead of the word to {@code after} chars past it (the pattern
   * seeing past those bounds). A match must hold the word, so none is cut short by the bound of
   * another occurrence's window.
   */
  private static Optional<Matcher> near(Pattern p, String s, String word, int before, int after) {
    Matcher m = p.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
    for (int i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) {
      m.region(Math.max(0, i - before), Math.min(s.length(), i + word.length() + after));
      while (m.find()) {
        if (m.start() <= i && m.end() >= i + word.length()) {
          return Optional.of(m);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * NFKC, done only for text with full-width letters, digits or hyphens (rare; the full-width colon
   * the patterns accept as it is); otherwise only ideographic and no-break spaces become spaces.
   */
  private static String nfkc(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isFullWidthAlphanumeric(s.charAt(i))) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
      }
    }
    return s.replace('\u3000', ' ').replace('\u00A0', ' ');
  }

  private static boolean isFullWidthAlphanumeric(char c) {
    return c >= '\uFF10' && c <= '\uFF19' || c >= '\uFF21' && c <= '\uFF3A' || c >= '\uFF41' && c <= '\uFF5A'
        || c == '\uFF0D';
  }
}
