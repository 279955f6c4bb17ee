package io.github.govaudit.render;

import io.github.govaudit.render.FormLayout.FormRow;
import io.github.govaudit.render.FormLayout.FormSection;
import java.util.List;

/** The rows of the 政府网站工作年度报表 in the form's order, keyed by the work report's section and field keys. */
final class WorkForm {

  static final List<FormSection> SECTIONS = List.of(
      new FormSection("basic_info", "基本信息", List.of(
          FormRow.of("site_name", "", "网站名称", ""),
          FormRow.of("published_date", "", "公开时间", ""),
          FormRow.of("home_url", "", "首页网址", ""),
          FormRow.of("site_code", "", "政府网站标识码", ""),
          FormRow.of("sponsor", "", "主办单位", ""),
          FormRow.of("chinese_domain", "", "网站中文域名", ""),
          FormRow.of("organizer", "", "承办单位", ""),
          FormRow.choice("site_type", "", "网站类型", List.of("政府门户网站", "部门网站", "专项网站")),
          FormRow.of("icp", "", "ICP备案号", ""),
          FormRow.of("police", "", "公安机关备案号", ""),
          FormRow.of("conac_id", "", "电子标识码", ""),
          FormRow.of("published_url", "", "公开网址", ""),
          FormRow.of("uv", "用户访问", "独立用户访问总量", "个"),
          FormRow.of("pv", "用户访问", "网站总访问量", "次"))),
      new FormSection("info_publishing", "信息发布", List.of(
          FormRow.of("total", "", "总数", "条"),
          FormRow.of("overview_updates", "", "概况类信息更新量", "条"),
          FormRow.of("news_updates", "", "政务动态信息更新量", "条"),
          FormRow.of("disclosure_updates", "", "信息公开目录信息公开量", "条"))),
      new FormSection("topics", "专题专栏", List.of(
          FormRow.of("maintained", "", "维护数量", "个"),
          FormRow.of("new", "", "新开设数量", "个"))),
      new FormSection("interpretation", "解读回应", List.of(
          FormRow.of("total", "解读信息发布", "总数", "条"),
          FormRow.of("materials", "解读信息发布", "解读材料数量", "条"),
          FormRow.of("products", "解读信息发布", "解读产品数量", "个"),
          FormRow.of("media_reviews", "解读信息发布", "媒体评论文章数量", "篇"),
          FormRow.of("hot_responses", "", "回应公众关注热点或重大舆情数量", "次"))),
      new FormSection("services", "办事服务", List.of(
          FormRow.choice("catalogue_published", "", "是否发布服务事项目录", FormLayout.YES_NO),
          FormRow.of("registered_users", "", "注册用户数", "个"),
          FormRow.of("service_items", "", "政务服务事项数量", "项"),
          FormRow.of("full_online_items", "", "可全程办理服务事项数量", "项"),
          FormRow.of("cases_total", "办件量", "总数", "件"),
          FormRow.of("cases_natural_persons", "办件量", "自然人办件量", "件"),
          FormRow.of("cases_legal_persons", "办件量", "法人办件量", "件"))),
      new FormSection("interaction", "互动交流", List.of(
          FormRow.of("consultations", "征集调查", "征集调查期数", "期"),
          FormRow.of("consultation_opinions", "征集调查", "收到意见数量", "条"),
          FormRow.of("consultation_results_published", "征集调查", "公布调查结果数量", "条"),
          FormRow.of("consultation_participants", "征集调查", "参与人数", "人次"),
          FormRow.of("interviews", "在线访谈", "访谈期数", "期"),
          FormRow.of("interview_questions", "在线访谈", "网民留言数量", "条"),
          FormRow.of("interview_answers", "在线访谈", "回复网民提问数量", "条"),
          FormRow.of("interview_viewers", "在线访谈", "关注人数", "人次"),
          FormRow.of("messages_received", "留言办理", "收到留言数量", "条"),
          FormRow.of("messages_concluded", "留言办理", "办结留言数量", "条"),
          FormRow.of("mean_handling_days", "留言办理", "平均办理时间", "天"),
          FormRow.of("public_replies", "留言办理", "公开答复数量", "条"),
          FormRow.of("concluded_on_time", "留言办理", "按时办结留言数量", "条"),
          FormRow.of("on_time_rate", "留言办理", "按时办结率", "%"),
          FormRow.choice("unified_platform", "", "是否使用统一平台", FormLayout.YES_NO),
          FormRow.choice("intelligent_qa", "", "是否提供智能问答", FormLayout.YES_NO))),
      new FormSection("security", "安全防护", List.of(
          FormRow.choice("protection_level", "安全防护", "安全防护能力等级", List.of("二级", "三级", "未定级")),
          FormRow.of("assessments", "安全防护", "安全检测评估次数", "次"),
          FormRow.of("inspection_cycle", "日常巡检", "巡检周期", ""),
          FormRow.of("problems_found", "日常巡检", "发现问题数量", "个"),
          FormRow.of("problems_fixed", "日常巡检", "问题整改数量", "个"),
          FormRow.choice("monitoring", "监测预警和应急处置", "是否建立安全监测预警机制", FormLayout.YES_NO),
          FormRow.choice("emergency_response", "监测预警和应急处置", "是否建立应急响应机制", FormLayout.YES_NO),
          FormRow.choice("emergency_drills", "监测预警和应急处置", "是否开展应急演练", FormLayout.YES_NO),
          FormRow.choice("security_officer", "安全管理", "是否明确网站安全责任人", FormLayout.YES_NO),
          FormRow.choice("disaster_backup", "安全管理", "是否实现容灾备份", FormLayout.YES_NO))),
      new FormSection("mobile_media", "移动新媒体", List.of(
          FormRow.choice("has_media", "", "是否有移动新媒体", FormLayout.YES_NO),
          FormRow.of("weibo", "微博", "名称", ""),
          FormRow.of("weibo_posts", "微博", "信息发布量", "条"),
          FormRow.of("weibo_followers", "微博", "关注量", "个"),
          FormRow.of("wechat", "微信", "名称", ""),
          FormRow.of("wechat_posts", "微信", "信息发布量", "条"),
          FormRow.of("wechat_followers", "微信", "关注量", "个"),
          FormRow.of("apps", "移动客户端", "名称", ""),
          FormRow.of("app_download_url", "移动客户端", "下载地址", ""),
          FormRow.of("app_posts", "移动客户端", "信息发布量", "条"),
          FormRow.of("app_reads", "移动客户端", "阅读量", "次"),
          FormRow.of("app_downloads", "移动客户端", "下载量", "次"),
          FormRow.of("other", "", "其他", ""))),
      new FormSection("innovation", "创新发展", List.of(
          FormRow.of("search_as_service", "", "搜索即服务", ""),
          FormRow.of("multilingual", "", "多语言版本", ""),
          FormRow.of("accessibility", "", "无障碍浏览", ""),
          FormRow.of("personalization", "", "千人千网", ""),
          FormRow.of("other", "", "其他", ""))));


  private WorkForm() {}
}
