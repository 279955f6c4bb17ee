package io.github.govaudit.marks;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the filing marks from a page's text and scripts, with the patterns of
 * inspection-criteria.md §C (after NFKC normalisation, so full-width digits count).
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

  private static final Pattern JIUCUO_SITECODE =
      Pattern.compile("sitecode\\s*=\\s*['\"]?(bm\\d{8}|\\d{10})", Pattern.CASE_INSENSITIVE);

  private static final Pattern SPONSOR = Pattern.compile("主\\s*办(?:\\s*单\\s*位)?\\s*[:：]\\s*([^\\s|｜,，;；:：]{2,40})");
  private static final Pattern ORGANIZER = Pattern.compile("承\\s*办(?:\\s*单\\s*位)?\\s*[:：]\\s*([^\\s|｜,，;；:：]{2,40})");
  private static final Pattern CONAC_ID = Pattern.compile("CA\\d{21}");
  private static final Pattern CONAC_BADGE = Pattern.compile("_ideConac|dcs\\.conac\\.cn/js/|bszs\\.conac\\.cn/sitename|imgConac");

  /** Reads the marks of {@code doc}. */
  public FilingMarks read(Document doc) {
    String text = nfkc(doc.text());
    String html = nfkc(unescapedHtml(doc));
    Optional<String> icp = first(ICP, text).map(FilingMarksReader::icp);
    Optional<String> police = first(POLICE, text).map(m -> m.group(1) + "公网安备" + m.group(2) + "号");
    SiteCode code = siteCode(doc, text, html);
    return new FilingMarks(code.value, code.source, icp, police, group(SPONSOR, text), group(ORGANIZER, text),
        first(CONAC_ID, html).map(Matcher::group), CONAC_BADGE.matcher(html).find());
  }

  private record SiteCode(Optional<String> value, String source) {}

  private static SiteCode siteCode(Document doc, String text, String html) {
    Optional<String> footer = group(SITE_CODE_TEXT, text);
    if (footer.isPresent()) {
      return new SiteCode(footer, "footer");
    }
    Element meta = doc.selectFirst("meta[name~=(?i)^SiteIDCode$]");
    if (meta != null && SITE_CODE.matcher(meta.attr("content").strip()).matches()) {
      return new SiteCode(Optional.of(meta.attr("content").strip()), "meta");
    }
    Optional<String> jiucuo = group(JIUCUO_SITECODE, html);
    return jiucuo.isPresent() ? new SiteCode(jiucuo, "jiucuo") : new SiteCode(Optional.empty(), "");
  }

  private static String icp(Matcher m) {
    String base = m.group(1) + "ICP" + m.group(2) + m.group(3) + "号";
    return m.group(4) == null ? base : base + "-" + m.group(4);
  }

  /** The page source with {@code %3C}-style escapes undone, so badges injected by document.write are seen. */
  private static String unescapedHtml(Document doc) {
    String html = doc.outerHtml();
    if (!html.contains("%3C") && !html.contains("%3c")) {
      return html;
    }
    try {
      return html + "\n" + java.net.URLDecoder.decode(html.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return html;
    }
  }

  private static Optional<Matcher> first(Pattern p, String s) {
    Matcher m = p.matcher(s);
    return m.find() ? Optional.of(m) : Optional.empty();
  }

  private static Optional<String> group(Pattern p, String s) {
    return first(p, s).map(m -> m.group(1).strip());
  }

  private static String nfkc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC);
  }
}
