package io.github.govaudit.count;

import static io.github.govaudit.count.FillFrom.OVERRIDES;
import static io.github.govaudit.count.FillFrom.PERSON;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of the form a person fills (UV/PV, 网站类型, 办事服务, 安全防护, new-media statistics …):
 * every one is present in the report, missing with why, so the overrides file can name it and the
 * clerk's list shows it; and where each empty field would come from.
 */
final class ByHand {

  private static final String BY_HAND = ": fill in by hand";

  /**
   * A row a person fills.
   *
   * @param section the report's section key
   * @param key the field key
   * @param from where its value comes from
   * @param why the note of the empty field, or null when the report's own code fills the row
   */
  record Row(String section, String key, FillFrom from, String why) {}

  private static final List<Row> ROWS = List.of(
      known("basic_info", "site_type", OVERRIDES),
      known("basic_info", "chinese_domain", OVERRIDES),
      known("basic_info", "published_date", OVERRIDES),
      known("basic_info", "conac_id", OVERRIDES),
      added("basic_info", "published_url", OVERRIDES, "公开网址 (where this report is published on the site)"),
      known("basic_info", "uv", OVERRIDES),
      known("basic_info", "pv", OVERRIDES),
      added("services", "catalogue_published", PERSON, "是否发布服务事项目录 is judged on the 政务服务 platform"),
      added("services", "registered_users", OVERRIDES, "注册用户数 is kept by the 政务服务 platform"),
      added("services", "service_items", OVERRIDES, "政务服务事项数量 is kept by the 政务服务 platform"),
      added("services", "full_online_items", OVERRIDES, "可全程办理服务事项数量 is kept by the 政务服务 platform"),
      added("services", "cases_total", OVERRIDES, "办件量 总数 is kept by the 政务服务 platform"),
      added("services", "cases_natural_persons", OVERRIDES, "自然人办件量 is kept by the 政务服务 platform"),
      added("services", "cases_legal_persons", OVERRIDES, "法人办件量 is kept by the 政务服务 platform"),
      known("interaction", "consultation_opinions", OVERRIDES),
      known("interaction", "consultation_participants", OVERRIDES),
      known("interaction", "interview_questions", OVERRIDES),
      known("interaction", "interview_answers", OVERRIDES),
      known("interaction", "interview_viewers", OVERRIDES),
      known("interaction", "messages_received", OVERRIDES),
      known("interaction", "messages_concluded", OVERRIDES),
      known("interaction", "mean_handling_days", OVERRIDES),
      known("interaction", "public_replies", OVERRIDES),
      known("interaction", "concluded_on_time", OVERRIDES),
      known("interaction", "on_time_rate", OVERRIDES),
      known("interaction", "unified_platform", PERSON),
      added("security", "protection_level", PERSON, "安全防护能力等级 (二级/三级/未定级) is on the site's 等级保护 record"),
      added("security", "assessments", OVERRIDES, "安全检测评估次数 is in the office's security records"),
      added("security", "inspection_cycle", OVERRIDES, "巡检周期 is in the office's security records"),
      added("security", "problems_found", OVERRIDES, "日常巡检 发现问题数量 is in the office's security records"),
      added("security", "problems_fixed", OVERRIDES, "日常巡检 问题整改数量 is in the office's security records"),
      added("security", "monitoring", PERSON, "是否建立安全监测预警机制 needs the office's judgement"),
      added("security", "emergency_response", PERSON, "是否建立应急响应机制 needs the office's judgement"),
      added("security", "emergency_drills", PERSON, "是否开展应急演练 needs the office's records"),
      added("security", "security_officer", PERSON, "是否明确网站安全责任人 needs the office's records"),
      added("security", "disaster_backup", PERSON, "是否实现容灾备份 needs the office's records"),
      known("mobile_media", "has_media", PERSON),
      added("mobile_media", "weibo_posts", OVERRIDES, "微博 信息发布量 is in the 微博 account's backend"),
      added("mobile_media", "weibo_followers", OVERRIDES, "微博 关注量 is in the 微博 account's backend"),
      added("mobile_media", "wechat_posts", OVERRIDES, "微信 信息发布量 is in the 公众号 backend"),
      added("mobile_media", "wechat_followers", OVERRIDES, "微信 关注量 is in the 公众号 backend"),
      added("mobile_media", "app_download_url", OVERRIDES, "移动客户端 下载地址 is not read by this version"),
      added("mobile_media", "app_posts", OVERRIDES, "移动客户端 信息发布量 is in the app's backend"),
      added("mobile_media", "app_reads", OVERRIDES, "移动客户端 阅读量 is in the app's backend"),
      added("mobile_media", "app_downloads", OVERRIDES, "移动客户端 下载量 is in the app stores' statistics"),
      added("mobile_media", "other", PERSON, "其他 new-media accounts (抖音, 头条 …), if any"),
      added("innovation", "other", PERSON, "其他 innovations the office wants to report, if any"));

  private ByHand() {}

  private static Row known(String section, String key, FillFrom from) {
    return new Row(section, key, from, null);
  }

  private static Row added(String section, String key, FillFrom from, String why) {
    return new Row(section, key, from, why + BY_HAND);
  }

  /** {@code fields} of {@code section} with every row a person fills that they lack, as missing with why. */
  static Map<String, Field> complete(String section, Map<String, Field> fields) {
    Map<String, Field> all = new LinkedHashMap<>(fields);
    for (Row r : ROWS) {
      if (r.section().equals(section) && r.why() != null) {
        all.putIfAbsent(r.key(), Field.missing(r.why()));
      }
    }
    return all;
  }

  /** Where the value of an empty field comes from: the rows above say; any other field is the site's. */
  static FillFrom from(String section, String key) {
    return ROWS.stream().filter(r -> r.section().equals(section) && r.key().equals(key))
        .map(Row::from).findFirst().orElse(FillFrom.SITE);
  }
}
