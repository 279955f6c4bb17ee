package io.github.govaudit.gensite2;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Makes distinct, government-sounding titles; none of them says 解读 or 图解 unless asked to. */
final class Titles {

  private static final List<String> WORK = List.of(
      "安全生产", "秋冬季森林防火", "优化营商环境", "城乡环境综合整治", "农村人居环境整治", "稳就业保民生",
      "防汛抗旱", "耕地保护", "招商引资", "义务教育质量提升", "医疗保障", "民营经济发展", "重大项目建设",
      "消防安全", "城镇燃气安全", "食品安全", "河湖长制", "扫黑除恶常态化", "信访积案化解", "老旧小区改造",
      "高标准农田建设", "工业园区提质", "数字政府建设", "根治欠薪", "普法宣传", "生态环境保护", "文旅融合发展");
  private static final List<String> NEWS_FORM = List.of(
      "市政府常务会议研究部署%s工作", "全市%s工作推进会召开", "市领导调研%s工作", "我市%s取得阶段性成效",
      "%s专项督查组到我市开展督查", "市人大常委会视察%s工作", "清源市召开%s工作联席会议",
      "市政协围绕%s开展专题协商", "%s工作现场观摩会在我市举行", "我市部署开展%s百日攻坚行动");
  private static final List<String> DEPT_FORM = List.of(
      "市发展改革委开展%s专项检查", "市应急管理局部署%s工作", "市生态环境局推进%s工作",
      "市住房城乡建设局召开%s工作会", "市农业农村局督导%s工作", "市教育局全面推进%s工作",
      "市市场监管局强化%s监管", "市人社局多措并举抓好%s");
  private static final List<String> TOWN_FORM = List.of(
      "城东街道扎实推进%s", "河口镇多措并举抓好%s", "龙岩乡开展%s集中行动", "新塘镇召开%s工作部署会",
      "石门街道%s工作见实效", "清源县%s工作走在前列", "江北区开展%s主题宣传", "永安镇全力做好%s");
  private static final List<String> NOTICE_FORM = List.of(
      "关于做好%s工作的通知", "关于开展%s专项检查的公告", "关于%s有关事项的通告", "关于公布%s举报电话的公告",
      "关于进一步加强%s工作的通知", "关于%s工作情况的通报");
  private static final List<String> DOC_FORM = List.of(
      "清源市人民政府关于印发清源市%s实施方案的通知", "清源市人民政府办公室关于加快推进%s的实施意见",
      "清源市人民政府关于进一步做好%s工作的通知", "清源市人民政府办公室关于印发%s三年行动计划的通知",
      "清源市%s管理办法");

  private final Random random;
  private final Set<String> used = new HashSet<>();

  Titles(Random random) {
    this.random = random;
  }

  String news() {
    return distinct(NEWS_FORM);
  }

  String department() {
    return distinct(DEPT_FORM);
  }

  String town() {
    return distinct(TOWN_FORM);
  }

  String notice() {
    return distinct(NOTICE_FORM);
  }

  String document() {
    return distinct(DOC_FORM);
  }

  /** A title from the given pattern, with a work field and, when needed, a number to keep it distinct. */
  String of(String pattern) {
    return distinct(List.of(pattern));
  }

  String work() {
    return WORK.get(random.nextInt(WORK.size()));
  }

  private String distinct(List<String> forms) {
    for (int attempt = 0; ; attempt++) {
      String title = String.format(forms.get(random.nextInt(forms.size())), work());
      if (attempt > 20) {
        title = title + "（" + (attempt - 19) + "）";
      }
      if (used.add(title)) {
        return title;
      }
    }
  }
}
