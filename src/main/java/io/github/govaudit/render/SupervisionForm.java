package io.github.govaudit.render;

import io.github.govaudit.render.FormLayout.FormRow;
import io.github.govaudit.render.FormLayout.FormSection;
import io.github.govaudit.render.FormLayout.Period;
import java.util.List;

/**
 * The rows of the 政府网站监管年度报表 in the form's order (as in the 2020 form and its 填写说明), keyed
 * by the supervision report's section and field keys; most rows take a value per quarter and for the year.
 */
final class SupervisionForm {

  /** The form's value columns. */
  static final List<Period> PERIODS = List.of(new Period("q1", "一季度"), new Period("q2", "二季度"),
      new Period("q3", "三季度"), new Period("q4", "四季度"), new Period("year", "年度"));

  /** Inspection files the annex lists per field; the JSON holds them all. */
  static final int EVIDENCE_LISTED = 20;

  private static final String ACCOUNTABILITY = "问责人次";
  private static final String TRAINING_HELD = "办训情况";
  private static final String TRAINING_ATTENDED = "参训情况";

  static final List<FormSection> SECTIONS = List.of(
      new FormSection("inspection", "网站普查", List.of(
          FormRow.of("sites_total", "", "网站运行总数", "家"),
          FormRow.of("sites_inspected", "", "普查网站数量", "家"),
          FormRow.of("pass_rate", "", "普查合格率", "%"),
          FormRow.of("failed_sites", "", "不合格网站数量", "家"),
          FormRow.of("serious_problem_sites", "", "普查发现突出问题网站数量", "家"),
          FormRow.of("rectified_sites", "", "问题网站整改数量", "家"),
          FormRow.of("published_url", "", "公开网址", "").wholeForm(),
          FormRow.of("accountability_interviews", ACCOUNTABILITY, "约谈", "人次"),
          FormRow.of("accountability_written_reviews", ACCOUNTABILITY, "书面检查", "人次"),
          FormRow.of("accountability_notices", ACCOUNTABILITY, "通报批评", "人次"),
          FormRow.of("accountability_warnings", ACCOUNTABILITY, "警告或记过处分", "人次"),
          FormRow.of("accountability_removals", ACCOUNTABILITY, "调离岗位或免职", "人次"),
          FormRow.of("accountability_other", ACCOUNTABILITY, "其他", "人次"),
          FormRow.choice("performance_review", "", "是否纳入政府年度绩效考核", FormLayout.YES_NO).wholeForm(),
          FormRow.of("performance_weight", "", "所占政府年度绩效考核比重", "%").wholeForm())),
      new FormSection("security_checks", "安全检查", List.of(
          FormRow.of("checks", "", "检查次数", "次"),
          FormRow.of("sites_checked", "", "检查网站数量", "家"),
          FormRow.of("sites_with_problems", "", "发现问题网站数量", "家"),
          FormRow.of("rectified", "", "问题网站整改数量", "家"))),
      new FormSection("site_changes", "网站开设整合", List.of(
          FormRow.of("sites_total", "", "网站总数", "家"),
          FormRow.of("opened", "", "新开设网站数量", "家"),
          FormRow.of("merged", "", "整合迁移网站数量", "家"),
          FormRow.of("taken_offline", "", "临时下线网站数量", "家"))),
      new FormSection("message_handling", "“我为政府网站找错”平台网民留言办理", List.of(
          FormRow.of("received", "", "收到留言数量", "条"),
          FormRow.of("on_time", "", "按期办结数量", "条"),
          FormRow.of("overdue", "", "超期办结数量", "条"))),
      new FormSection("leader_mailbox", "主席信箱网民信件办理", List.of(
          FormRow.of("received", "", "收到网民信件数量", "件"),
          FormRow.of("on_time", "", "按期办结数量", "件"),
          FormRow.of("overdue", "", "超期办结数量", "件"))),
      new FormSection("content_assurance", "自治区人民政府门户网站内容保障情况", List.of(
          FormRow.of("articles", "", "栏目内容保障稿件数量", "件"),
          FormRow.of("articles_used", "", "稿件采用数量", "件"),
          FormRow.of("interviews", "", "在线访谈数量", "次"),
          FormRow.of("surveys", "", "调查征集数量", "次"))),
      new FormSection("counterfeit_sites", "假冒政府网站处置", List.of(
          FormRow.of("found", "", "发现数量", "个"),
          FormRow.of("handled", "", "处置数量", "个"))),
      new FormSection("training", "人员培训", List.of(
          FormRow.of("sessions_held", TRAINING_HELD, "培训次数", "次"),
          FormRow.of("people_trained", TRAINING_HELD, "培训人次", "人次"),
          FormRow.of("days_held", TRAINING_HELD, "培训天数", "天"),
          FormRow.of("sessions_attended", TRAINING_ATTENDED, "参训次数", "次"),
          FormRow.of("people_attended", TRAINING_ATTENDED, "参训人次", "人次"),
          FormRow.of("days_attended", TRAINING_ATTENDED, "参训天数", "天"))),
      new FormSection("other", "其他", List.of(
          FormRow.of("measures", "", "其他监管措施", "").wholeForm())));

  private SupervisionForm() {}
}
