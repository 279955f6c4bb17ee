package io.github.govaudit.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryRulesTest {

  private final CategoryRules rules = CategoryRules.defaults();

  @Test
  void columnInsideTheDisclosureTreeIsDisclosureEvenWhenNamedLikeNews() {
    assertThat(rules.categorize(List.of("信息公开", "法定主动公开内容", "工作动态"))).isEqualTo(Category.DISCLOSURE);
  }

  @Test
  void newsAndOverviewColumnsFollowTheirNames() {
    assertThat(rules.categorize(List.of("政务动态", "工作动态"))).isEqualTo(Category.NEWS);
    assertThat(rules.categorize(List.of("政务动态", "通知公告"))).isEqualTo(Category.NEWS);
    assertThat(rules.categorize(List.of("机构概况", "领导信息"))).isEqualTo(Category.OVERVIEW);
    assertThat(rules.categorize(List.of("互动交流", "在线访谈"))).isEqualTo(Category.OTHER);
  }

  @Test
  void aTopicInsideOpenGovernmentIsATopicNotTheDirectory() {
    assertThat(rules.categorize(List.of("政务公开", "其他", "专题服务", "食品安全监管", "政策文件"))).isEqualTo(Category.OTHER);
    assertThat(rules.categorize(List.of("政务公开", "政策文件"))).isEqualTo(Category.DISCLOSURE);
    assertThat(rules.categorize(List.of("政府信息公开", "专题", "政策文件"))).isEqualTo(Category.DISCLOSURE);
  }

  @Test
  void anItemListedDirectlyInA解读回应ColumnIsAnInterpretationButNotOneOfItsResponseSubColumns() {
    assertThat(rules.isInterpretation(List.of("法定主动公开内容", "解读回应"), "空管委办公室负责人答记者问")).isTrue();
    assertThat(rules.isInterpretation(List.of("解读回应", "回应关切"), "关于群众反映问题的回复")).isFalse();
    assertThat(rules.isInterpretation(List.of("解读回应", "新闻发布会"), "第十场新闻发布会")).isFalse();
  }

  @Test
  void importantInformationAndALeadersActivitiesColumnAreNews() {
    assertThat(rules.categorize(List.of("自治区重要信息"))).isEqualTo(Category.NEWS);
    assertThat(rules.categorize(List.of("政府领导", "杨兴平有关活动"))).isEqualTo(Category.NEWS);
    assertThat(rules.categorize(List.of("市长重要活动"))).isEqualTo(Category.NEWS);
  }

  @Test
  void topicsHotResponsesAndInteractionsAreRecognised() {
    assertThat(rules.isTopic(List.of("专题专栏", "优化营商环境"))).isTrue();
    assertThat(rules.isHotResponse(List.of("解读回应", "回应关切"))).isTrue();
    assertThat(rules.interactionKind(List.of("互动交流", "意见征集"))).contains(InteractionKind.CONSULTATION);
    assertThat(rules.interactionKind(List.of("互动交流", "在线访谈"))).contains(InteractionKind.INTERVIEW);
    assertThat(rules.interactionKind(List.of("互动交流", "领导信箱"))).contains(InteractionKind.MESSAGE);
  }

  @Test
  void mediaSourceMakesAMediaReviewAndPicturesAProduct() {
    BodyStats text = new BodyStats(1200, 0, false, false);
    assertThat(rules.interpretationKind(List.of("政策解读"), "新规解读", "人民日报", text))
        .isEqualTo(InterpretationKind.MEDIA_REVIEW);
    assertThat(rules.interpretationKind(List.of("政策解读"), "新规解读", "市教育局",
        new BodyStats(40, 1, false, false))).isEqualTo(InterpretationKind.PRODUCT);
    assertThat(rules.interpretationKind(List.of("政策解读"), "新规解读", "市教育局", text))
        .isEqualTo(InterpretationKind.MATERIAL);
    assertThat(rules.interpretationKind(List.of("工作动态"), "市长调研", "市教育局", text)).isNull();
  }

  @Test
  void outsideInterpretationColumnsOnlyATitleSaying解读Or图解MakesAnInterpretation() {
    CategoryRules rules = CategoryRules.defaults();
    List<String> news = List.of("政务动态", "工作动态");
    assertThat(rules.isInterpretation(news, "一图读懂《森林防火管理办法》")).isFalse();
    assertThat(rules.isInterpretation(news, "图解：2026年自治区政府工作报告")).isTrue();
    assertThat(rules.isInterpretation(news, "《示范省河湖长制条例》解读")).isTrue();
    assertThat(rules.isInterpretation(List.of("政策解读", "一图读懂"), "森林防火管理办法")).isTrue();
  }

  @Test
  void directoryCategoriesUnder政务公开AreDisclosureButItsOtherColumnsAreNot() {
    CategoryRules rules = CategoryRules.defaults();
    assertThat(rules.categorize(List.of("政务公开", "规划信息", "工作进展情况"))).isEqualTo(Category.DISCLOSURE);
    assertThat(rules.categorize(List.of("政务公开", "财政预决算"))).isEqualTo(Category.DISCLOSURE);
    assertThat(rules.categorize(List.of("政务公开", "政策解读"))).isEqualTo(Category.OTHER);
    assertThat(rules.categorize(List.of("新闻中心", "规划信息"))).isNotEqualTo(Category.DISCLOSURE);
  }
}
