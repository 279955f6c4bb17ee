package io.github.govaudit.marks;

/** One mark the inspectors look for on every page, by its key in the report's {@code marks} block. */
public enum Mark {
  SITE_CODE("site_code", "网站标识码", true),
  ICP("icp", "ICP备案号", true),
  POLICE("police", "公安机关备案号", true),
  SPONSOR("sponsor", "主办单位", true),
  ORGANIZER("organizer", "承办单位", true),
  CONAC_BADGE("conac_badge", "党政机关网站标识", false),
  JIUCUO("jiucuo", "我为政府网站找错入口", false);

  /** The value of a badge or entry that a page shows. */
  public static final String SHOWN = "yes";

  private final String key;
  private final String label;
  private final boolean printed;

  Mark(String key, String label, boolean printed) {
    this.key = key;
    this.label = label;
    this.printed = printed;
  }

  /** The key in the report ({@code site_code}). */
  public String key() {
    return key;
  }

  /** The name on the form and in the inspection criteria (网站标识码). */
  public String label() {
    return label;
  }

  /** Whether the mark is a printed text that can differ between pages, not only be there or not. */
  public boolean printed() {
    return printed;
  }
}
