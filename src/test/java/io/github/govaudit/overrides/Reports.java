package io.github.govaudit.overrides;

import io.github.govaudit.count.Field;
import io.github.govaudit.count.WorkReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small built report to merge overrides into: a crawled value, a profile value and empty fields. */
final class Reports {

  static final String HOME = "http://www.example.gov.cn/";

  private Reports() {}

  static WorkReport small() {
    Map<String, Field> basic = new LinkedHashMap<>();
    basic.put("site_name", Field.profile("示范市人民政府", "name given in the crawl profile"));
    basic.put("site_code", Field.crawled("1234567890", List.of(HOME), "footer"));
    basic.put("uv", Field.missing("独立用户访问总量 (UV) needs the site's analytics: fill in by hand"));
    basic.put("pv", Field.missing("网站总访问量 (PV) needs the site's analytics: fill in by hand"));
    basic.put("site_type", Field.missing("网站类型: fill in by hand"));
    Map<String, Field> media = new LinkedHashMap<>();
    media.put("weibo", Field.crawled("示范发布", List.of("https://weibo.com/shifan"), "links to weibo.com"));
    media.put("weibo_posts", Field.missing("微博 信息发布量 is in the 微博 account's backend: fill in by hand"));
    Map<String, Field> info = new LinkedHashMap<>();
    info.put("total", Field.crawled(42, List.of(HOME + "a/1.html"), "distinct items"));
    Map<String, Map<String, Field>> sections = new LinkedHashMap<>();
    sections.put("basic_info", basic);
    sections.put("info_publishing", info);
    sections.put("mobile_media", media);
    return new WorkReport("work", 2026, new WorkReport.SiteInfo("示范市人民政府", HOME, List.of("www.example.gov.cn")),
        "2026-12-05T10:00:00Z", "0.1.0", new WorkReport.CrawlInfo(3, "", null, 0, null, List.of()), sections,
        Map.of(), List.of(), List.of(), List.of());
  }
}
