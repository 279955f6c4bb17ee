package io.github.govaudit.count;

import io.github.govaudit.marks.FilingMarks;
import io.github.govaudit.page.PageAnalysis;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 基本信息: the site's name, home URL and the marks its home page prints. */
final class BasicInfo {

  /** The meta naming the site ({@code <meta name="SiteName">}, TRS templates). */
  static final String SITE_NAME_META = "SiteName";
  private static final String FORM_ONLY = "not shown on the site: fill in by hand";

  private BasicInfo() {}

  static Map<String, Field> fill(Site site) {
    String home = site.record().home();
    List<String> ev = List.of(site.homeUrl());
    Optional<FilingMarks> marks = site.homeMarks();
    Map<String, Field> f = new LinkedHashMap<>();
    f.put("site_name", siteName(site));
    f.put("home_url", Field.profile(home, "the home page crawled"));
    f.put("site_code", mark(marks.flatMap(FilingMarks::siteCode), ev,
        "网站标识码 read from the home page's " + marks.map(FilingMarks::siteCodeSource).orElse("footer"),
        "no 网站标识码 (10 digits) on the home page"));
    f.put("icp", mark(marks.flatMap(FilingMarks::icp), ev, "ICP备案号 in the home page footer",
        "no ICP备案号 on the home page"));
    f.put("police", mark(marks.flatMap(FilingMarks::police), ev, "公安机关备案号 in the home page footer",
        "no 公安机关备案号 on the home page"));
    f.put("sponsor", mark(marks.flatMap(FilingMarks::sponsor), ev, "主办单位 in the home page footer",
        "no 主办单位 on the home page"));
    f.put("organizer", mark(marks.flatMap(FilingMarks::organizer), ev, "承办单位 in the home page footer",
        "no 承办单位 on the home page"));
    f.put("conac_id", mark(marks.flatMap(FilingMarks::conacId), ev, "电子标识码 from the 党政机关 badge",
        "the badge's 电子标识码 is loaded by script from conac.cn and not printed on the page: fill in by hand"));
    f.put("site_type", Field.missing("网站类型 (门户/部门/专项): " + FORM_ONLY));
    f.put("chinese_domain", Field.missing("网站中文域名: " + FORM_ONLY));
    f.put("published_date", Field.missing("公开时间 (the day this report is published on the site): " + FORM_ONLY));
    f.put("uv", Field.missing("独立用户访问总量 (UV) needs the site's analytics: " + FORM_ONLY));
    f.put("pv", Field.missing("网站总访问量 (PV) needs the site's analytics: " + FORM_ONLY));
    return f;
  }

  private static Field siteName(Site site) {
    if (!site.record().name().isBlank()) {
      return Field.profile(site.record().name(), "name given in the crawl profile");
    }
    Optional<PageAnalysis> home = site.home();
    Optional<String> meta = home.map(h -> h.meta().get(SITE_NAME_META)).filter(s -> !s.isBlank());
    if (meta.isPresent()) {
      return Field.crawled(meta.get(), List.of(site.homeUrl()), "meta SiteName of the home page");
    }
    Optional<String> title = home.map(PageAnalysis::title).filter(s -> s != null && !s.isBlank());
    return title.map(t -> Field.crawled(t, List.of(site.homeUrl()), "the home page's title"))
        .orElseGet(() -> Field.missing("the home page shows no site name"));
  }

  private static Field mark(Optional<String> value, List<String> evidence, String note, String missing) {
    return value.map(v -> Field.crawled(v, evidence, note)).orElseGet(() -> Field.missing(missing));
  }
}
