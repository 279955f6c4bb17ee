package io.github.govaudit.render;

import java.util.List;
import java.util.Optional;

/**
 * The official 政府网站工作年度报表 as govaudit lays it out: its sections and rows in the form's
 * order, each row's label, unit and choices, keyed by the report's section and field keys. The one
 * place where a report key meets its official label; keys not listed here are shown under their
 * own name.
 */
public final class FormLayout {

  /** Choices of a yes/no row (☑是 □否). */
  public static final List<String> YES_NO = List.of("是", "否");

  private static final List<FormSection> SECTIONS = List.of(
      new FormSection("basic_info", "基本信息", List.of(
          row("site_name", "", "网站名称", ""),
          row("published_date", "", "公开时间", ""),
          row("home_url", "", "首页网址", ""),
          row("site_code", "", "政府网站标识码", ""),
          row("sponsor", "", "主办单位", ""),
          row("chinese_domain", "", "网站中文域名", ""),
          row("organizer", "", "承办单位", ""),
          choice("site_type", "", "网站类型", List.of("政府门户网站", "部门网站", "专项网站")),
          row("icp", "", "ICP备案号", ""),
          row("police", "", "公安机关备案号", ""),
          row("conac_id", "", "电子标识码", ""),
          row("published_url", "", "公开网址", ""),
          row("uv", "用户访问", "独立用户访问总量", "个"),
          row("pv", "用户访问", "网站总访问量", "次"))),
      new FormSection("info_publishing", "信息发布", List.of(
          row("total", "", "总数", "条"),
          row("overview_updates", "", "概况类信息更新量", "条"),
          row("news_updates", "", "政务动态信息更新量", "条"),
          row("disclosure_updates", "", "信息公开目录信息公开量", "条"))),
      new FormSection("topics", "专题专栏", List.of(
          row("maintained", "", "维护数量", "个"),
          row("new", "", "新开设数量", "个"))),
      new FormSection("interpretation", "解读回应", List.of(
          row("total", "解读信息发布", "总数", "条"),
          row("materials", "解读信息发布", "解读材料数量", "条"),
          row("products", "解读信息发布", "解读产品数量", "个"),
          row("media_reviews", "解读信息发布", "媒体评论文章数量", "篇"),
          row("hot_responses", "", "回应公众关注热点或重大舆情数量", "次"))),
      new FormSection("services", "办事服务", List.of(
          choice("catalogue_published", "", "是否发布服务事项目录", YES_NO),
          row("registered_users", "", "注册用户数", "个"),
          row("service_items", "", "政务服务事项数量", "项"),
          row("full_online_items", "", "可全程办理服务事项数量", "项"),
          row("cases_total", "办件量", "总数", "件"),
          row("cases_natural_persons", "办件量", "自然人办件量", "件"),
          row("cases_legal_persons", "办件量", "法人办件量", "件"))),
      new FormSection("interaction", "互动交流", List.of(
          row("consultations", "征集调查", "征集调查期数", "期"),
          row("consultation_opinions", "征集调查", "收到意见数量", "条"),
          row("consultation_results_published", "征集调查", "公布调查结果数量", "条"),
          row("consultation_participants", "征集调查", "参与人数", "人次"),
          row("interviews", "在线访谈", "访谈期数", "期"),
          row("interview_questions", "在线访谈", "网民留言数量", "条"),
          row("interview_answers", "在线访谈", "回复网民提问数量", "条"),
          row("interview_viewers", "在线访谈", "关注人数", "人次"),
          row("messages_received", "留言办理", "收到留言数量", "条"),
          row("messages_concluded", "留言办理", "办结留言数量", "条"),
          row("mean_handling_days", "留言办理", "平均办理时间", "天"),
          row("public_replies", "留言办理", "公开答复数量", "条"),
          row("concluded_on_time", "留言办理", "按时办结留言数量", "条"),
          row("on_time_rate", "留言办理", "按时办结率", "%"),
          choice("unified_platform", "", "是否使用统一平台", YES_NO),
          choice("intelligent_qa", "", "是否提供智能问答", YES_NO))),
      new FormSection("security", "安全防护", List.of(
          choice("protection_level", "安全防护", "安全防护能力等级", List.of("二级", "三级", "未定级")),
          row("assessments", "安全防护", "安全检测评估次数", "次"),
          row("inspection_cycle", "日常巡检", "巡检周期", ""),
          row("problems_found", "日常巡检", "发现问题数量", "个"),
          row("problems_fixed", "日常巡检", "问题整改数量", "个"),
          choice("monitoring", "监测预警和应急处置", "是否建立安全监测预警机制", YES_NO),
          choice("emergency_response", "监测预警和应急处置", "是否建立应急响应机制", YES_NO),
          choice("emergency_drills", "监测预警和应急处置", "是否开展应急演练", YES_NO),
          choice("security_officer", "安全管理", "是否明确网站安全责任人", YES_NO),
          choice("disaster_backup", "安全管理", "是否实现容灾备份", YES_NO))),
      new FormSection("mobile_media", "移动新媒体", List.of(
          choice("has_media", "", "是否有移动新媒体", YES_NO),
          row("weibo", "微博", "名称", ""),
          row("weibo_posts", "微博", "信息发布量", "条"),
          row("weibo_followers", "微博", "关注量", "个"),
          row("wechat", "微信", "名称", ""),
          row("wechat_posts", "微信", "信息发布量", "条"),
          row("wechat_followers", "微信", "关注量", "个"),
          row("apps", "移动客户端", "名称", ""),
          row("app_download_url", "移动客户端", "下载地址", ""),
          row("app_posts", "移动客户端", "信息发布量", "条"),
          row("app_reads", "移动客户端", "阅读量", "次"),
          row("app_downloads", "移动客户端", "下载量", "次"),
          row("other", "", "其他", ""))),
      new FormSection("innovation", "创新发展", List.of(
          row("search_as_service", "", "搜索即服务", ""),
          row("multilingual", "", "多语言版本", ""),
          row("accessibility", "", "无障碍浏览", ""),
          row("personalization", "", "千人千网", ""),
          row("other", "", "其他", ""))));

  private FormLayout() {}

  /** The form's sections in its order. */
  public static List<FormSection> sections() {
    return SECTIONS;
  }

  /** The section of {@code key}, if the form has it. */
  public static Optional<FormSection> section(String key) {
    return SECTIONS.stream().filter(s -> s.key().equals(key)).findFirst();
  }

  private static FormRow row(String key, String group, String label, String unit) {
    return new FormRow(key, group, label, unit, List.of());
  }

  private static FormRow choice(String key, String group, String label, List<String> choices) {
    return new FormRow(key, group, label, "", choices);
  }

  /**
   * A section of the form.
   *
   * @param key the report's section key
   * @param title its official title
   * @param rows its rows in the form's order
   */
  public record FormSection(String key, String title, List<FormRow> rows) {
    public FormSection {
      rows = List.copyOf(rows);
    }

    /** The row of {@code fieldKey}, if the form has it. */
    public Optional<FormRow> row(String fieldKey) {
      return rows.stream().filter(r -> r.key().equals(fieldKey)).findFirst();
    }
  }

  /**
   * A row of the form.
   *
   * @param key the report's field key
   * @param group the sub-heading it sits under (征集调查, 办件量 …), or empty
   * @param label its official label
   * @param unit its unit (条, 个, %), or empty
   * @param choices the boxes to tick (☑/□), or empty when the row takes a value
   */
  public record FormRow(String key, String group, String label, String unit, List<String> choices) {
    public FormRow {
      choices = List.copyOf(choices);
    }

    /** The label with its group, as a reader names the row: 征集调查 · 征集调查期数. */
    public String fullLabel() {
      return group.isEmpty() || group.equals(label) ? label : group + " · " + label;
    }
  }
}
