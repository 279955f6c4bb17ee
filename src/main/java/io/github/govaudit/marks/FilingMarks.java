package io.github.govaudit.marks;

import java.util.Optional;

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
 * @param conacBadge whether the 党政机关 badge script or image is on the page
 */
public record FilingMarks(
    Optional<String> siteCode,
    String siteCodeSource,
    Optional<String> icp,
    Optional<String> police,
    Optional<String> sponsor,
    Optional<String> organizer,
    Optional<String> conacId,
    boolean conacBadge) {}
