package io.github.govaudit.supervise;

import io.github.govaudit.count.FillFrom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of the supervision form that no inspection measures, by block, each with where its value
 * comes from and what it counts (after the form's 填写说明). A person enters them in the overrides file;
 * until then they are in the report as missing.
 */
final class ManualFields {

  /** Why every one of these is empty until a person fills it. */
  static final String NOT_MEASURED = "not measured by inspections; from the office's records: ";

  /**
   * A field a person fills.
   *
   * @param key its key in the block
   * @param from where its value comes from
   * @param how what it counts, as the form's 填写说明 puts it
   */
  record Manual(String key, FillFrom from, String how) {}

  /** Accountability rows of the 网站普查 block, per period. */
  static final List<Manual> ACCOUNTABILITY = accountability();

  /** Rows of the 网站普查 block with one value for the year. */
  static final List<Manual> INSPECTION_WHOLE = List.of(
      new Manual("published_url", FillFrom.OVERRIDES, "普查情况在本地区、本部门政府网站公开发布的具体网址"),
      new Manual("performance_review", FillFrom.PERSON, "是否把政府网站考评结果纳入政府年度绩效考核（是/否）"),
      new Manual("performance_weight", FillFrom.OVERRIDES, "纳入时所占政府年度绩效考核比重（%）"));

  /** Blocks filled per period, in the form's order. */
  static final Map<String, List<Manual>> PER_PERIOD = perPeriod();

  /** Blocks of one value for the year. */
  static final Map<String, List<Manual>> WHOLE = Map.of("other", List.of(
      new Manual("measures", FillFrom.PERSON, "除上述工作外采取的其他政府网站监管措施，不超过200字")));

  private ManualFields() {}

  private static List<Manual> accountability() {
    String how = "问责的不合格网站或整改不到位网站有关责任人人次（同一季度对同一对象按最重的形式计一次）：";
    return List.of(
        new Manual("accountability_interviews", FillFrom.OVERRIDES, how + "约谈"),
        new Manual("accountability_written_reviews", FillFrom.OVERRIDES, how + "书面检查"),
        new Manual("accountability_notices", FillFrom.OVERRIDES, how + "通报批评"),
        new Manual("accountability_warnings", FillFrom.OVERRIDES, how + "警告或记过处分"),
        new Manual("accountability_removals", FillFrom.OVERRIDES, how + "调离岗位或免职"),
        new Manual("accountability_other", FillFrom.OVERRIDES, how + "其他形式"));
  }

  private static Map<String, List<Manual>> perPeriod() {
    Map<String, List<Manual>> m = new LinkedHashMap<>();
    m.put("site_changes", List.of(
        numbers("sites_total", "运行政府网站与临时下线政府网站总数"),
        numbers("opened", "新开设的政府网站数量"),
        numbers("merged", "整合迁移的政府网站数量"),
        numbers("taken_offline", "临时下线的政府网站数量")));
    m.put("message_handling", List.of(
        numbers("received", "收到“我为政府网站找错”平台转办的网民留言条数"),
        numbers("on_time", "按期办结的网民留言条数"),
        numbers("overdue", "超期办结的网民留言条数")));
    m.put("leader_mailbox", List.of(
        numbers("received", "收到“主席信箱”转办的网民信件件数"),
        numbers("on_time", "按期办结的网民信件件数"),
        numbers("overdue", "超期办结的网民信件件数")));
    m.put("content_assurance", List.of(
        numbers("articles", "按职责分工保障省级政府门户网站栏目内容的稿件数量"),
        numbers("articles_used", "收到稿件采用通知的数量"),
        numbers("interviews", "开展或参与的在线访谈次数"),
        numbers("surveys", "开展或参与的调查征集次数")));
    m.put("counterfeit_sites", List.of(
        numbers("found", "发现的涉及本地区、本部门的假冒政府网站个数"),
        numbers("handled", "协调处置的假冒政府网站个数")));
    m.put("training", List.of(
        numbers("sessions_held", "组织开展的政府网站建设与管理培训次数"),
        numbers("people_trained", "组织开展的培训总人次"),
        numbers("days_held", "组织开展的培训总天数"),
        numbers("sessions_attended", "参加的政府网站建设与管理培训次数"),
        numbers("people_attended", "参加培训的总人次"),
        numbers("days_attended", "参加培训的总天数")));
    return m;
  }

  private static Manual numbers(String key, String how) {
    return new Manual(key, FillFrom.OVERRIDES, how);
  }
}
