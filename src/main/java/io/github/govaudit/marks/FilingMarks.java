package io.github.govaudit.marks;

import java.util.Optional;
import java.util.Set;

/**
 * The marks one page shows, each as printed (normalised spacing), or empty when absent.
 *
 * @param siteCode 网站标识码: 10 digits, or {@code bm} and 8 digits
 * @param siteCodeSource where the site code was read: {@code footer}, {@code meta} or {@code jiucuo}
 * @param icp ICP备案号, e.g. 桂ICP备05007544号-1
 * @param police 公安机关备案号, e.g. 桂公网安备45010302002053号
 * @param sponsor 主办单位
 * @param organizer 承办单位
 * @param conacId the 党政机关网站 electronic id (CA + 21 digits) from the badge, when printed
 * @param conacBadge whether the 党政机关 badge script or link is on the page
 * @param jiucuo whether the page offers the national 我为政府网站找错 entry (its jiucuo script or link)
 * @param malformed the marks whose label the page prints with a value of the wrong form
 *     ({@link Mark#SITE_CODE}, {@link Mark#ICP}, {@link Mark#POLICE})
 */
public record FilingMarks(
    Optional<String> siteCode,
    String siteCodeSource,
    Optional<String> icp,
    Optional<String> police,
    Optional<String> sponsor,
    Optional<String> organizer,
    Optional<String> conacId,
    boolean conacBadge,
    boolean jiucuo,
    Set<Mark> malformed) {

  /** A page with no mark at all. */
  public static final FilingMarks NONE = new FilingMarks(Optional.empty(), "", Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty(), false, false, Set.of());

  public FilingMarks {
    malformed = Set.copyOf(malformed);
  }

  /** The value of {@code mark} on this page: the text printed, "yes" for a badge or entry shown, else empty. */
  public Optional<String> valueOf(Mark mark) {
    return switch (mark) {
      case SITE_CODE -> siteCode;
      case ICP -> icp;
      case POLICE -> police;
      case SPONSOR -> sponsor;
      case ORGANIZER -> organizer;
      case CONAC_BADGE -> conacBadge ? Optional.of(Mark.SHOWN) : Optional.empty();
      case JIUCUO -> jiucuo ? Optional.of(Mark.SHOWN) : Optional.empty();
    };
  }
}
