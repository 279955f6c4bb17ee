package io.github.govaudit.inspect;

import java.util.List;

/** The check ids an inspection reports, as other tools read them. */
public final class InspectionChecks {

  public static final String SITE_UNREACHABLE = "site_unreachable";
  public static final String HOME_NOT_UPDATED = "home_not_updated";
  public static final String STALE_COLUMN = "stale_column";
  public static final String BLANK_COLUMN = "blank_column";
  public static final String DEAD_LINK = "dead_link";
  public static final String BROKEN_IMAGE = "broken_image";
  public static final String MARK_MISSING = "mark_missing";
  public static final String MARK_DIFFERENT = "mark_different";
  public static final String HTTPS = "https";
  public static final String IPV6 = "ipv6";

  /** Every check, in the order the report lists them. */
  public static final List<String> IDS = List.of(SITE_UNREACHABLE, HOME_NOT_UPDATED, STALE_COLUMN, BLANK_COLUMN,
      DEAD_LINK, BROKEN_IMAGE, MARK_MISSING, MARK_DIFFERENT, HTTPS, IPV6);

  private InspectionChecks() {}
}
