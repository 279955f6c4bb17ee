package io.github.govaudit.gensite;

import java.util.List;
import java.util.Random;

/**
 * Chinese words and sentences the generated pages are written with. Every string is encodable
 * in GBK, carries no full date and, unless meant to, none of the interpretation keywords.
 */
final class Texts {

    static final String DEPARTMENT = "广西壮族自治区林水发展厅";
    static final String SHORT_NAME = "自治区林水发展厅";

    static final List<String> CITIES = List.of("南宁市", "柳州市", "桂林市", "梧州市", "北海市", "防城港市",
            "钦州市", "贵港市", "玉林市", "百色市", "贺州市", "河池市", "来宾市", "崇左市");
    static final List<String> SUBJECTS = List.of("森林防火", "水土保持", "河湖长制", "油茶产业", "农村饮水安全",
            "防汛抗旱", "国土绿化", "湿地保护", "林长制", "生态护林员管理", "节水型社会建设", "水资源管理",
            "林下经济", "水库移民后期扶持", "木材加工产业", "小型水库除险加固", "松材线虫病防治", "古树名木保护");
    static final List<String> LEADERS = List.of("黄志明", "韦丽华", "覃建国", "蒙晓东", "陆海燕", "莫振宇");
    static final List<String> OUTLETS = List.of("新华网", "人民网", "光明日报", "经济日报", "广西日报");
    static final List<String> OWN_SOURCES = List.of("本厅", "办公室", "规划财务处", "森林资源管理处", "水资源处",
            "宣传中心");

    private static final List<String> NEWS_TEMPLATES = List.of(
            "%1$s召开%2$s工作推进会", "%3$s赴%4$s调研%2$s工作", "%1$s举办%2$s业务培训班",
            "全区%2$s工作现场会在%4$s召开", "%1$s部署近期%2$s重点工作", "%1$s与%4$s座谈交流%2$s工作",
            "%1$s党组理论学习中心组开展%2$s专题学习", "%3$s主持召开厅务会研究%2$s工作");
    private static final List<String> NOTICE_TEMPLATES = List.of(
            "关于开展%2$s专项检查的通知", "关于%2$s项目拟立项名单的公示", "%1$s关于做好%2$s工作的通知",
            "关于公布%2$s示范单位名单的公告", "关于征求%2$s有关意见的通知", "关于举办%2$s技能竞赛的通知");
    private static final List<String> LOCAL_TEMPLATES = List.of(
            "%4$s%2$s工作取得新成效", "%4$s扎实推进%2$s", "%4$s多措并举抓好%2$s", "%4$s召开%2$s工作会议",
            "%4$s%2$s走在全区前列", "%4$s全力做好%2$s各项工作");
    private static final List<String> POLICY_TEMPLATES = List.of(
            "%1$s关于印发《广西%2$s实施方案》的通知", "%1$s关于进一步加强%2$s的意见",
            "%1$s关于印发《%2$s管理办法》的通知", "%1$s关于做好%2$s有关工作的通知",
            "%1$s关于《%2$s专项行动方案》的批复");
    private static final List<String> PLAN_TEMPLATES = List.of(
            "广西%2$s发展规划", "%1$s%2$s工作要点", "广西%2$s三年行动计划", "%2$s中长期规划");
    private static final List<String> MATERIAL_TEMPLATES = List.of(
            "《广西%2$s实施方案》政策解读", "解读《%2$s管理办法》", "《关于进一步加强%2$s的意见》解读",
            "权威解读：%2$s新政策有哪些亮点");
    private static final List<String> PRODUCT_TEMPLATES = List.of(
            "图解：《广西%2$s实施方案》", "一图读懂《%2$s管理办法》", "图解：%2$s新规要点");
    private static final List<String> MEDIA_TEMPLATES = List.of(
            "%5$s：广西%2$s释放新活力", "%5$s：广西以%2$s推动绿色发展", "%5$s关注广西%2$s新举措");
    private static final List<String> RESPONSE_TEMPLATES = List.of(
            "关于网民反映%4$s%2$s问题的回应", "%1$s回应%4$s%2$s有关问题", "关于社会关注的%2$s问题的说明");
    private static final List<String> SENTENCES = List.of(
            "会议强调，要坚持问题导向，压实各级责任，确保各项工作落到实处。",
            "近年来，全区上下认真贯彻落实党中央、国务院决策部署，各项工作取得明显成效。",
            "下一步，将进一步完善工作机制，加强部门协同，推动工作提质增效。",
            "与会人员围绕重点任务进行了深入交流，并就存在的困难提出了意见建议。",
            "各地要高度重视，周密部署，加强督促检查，确保按时完成目标任务。",
            "据统计，今年以来全区累计投入资金持续增加，惠及群众范围不断扩大。",
            "调研组一行深入基层站点和项目现场，详细了解建设进度和运行管护情况。",
            "要加强宣传引导，营造全社会共同关心、支持和参与的良好氛围。",
            "此次活动进一步增强了干部职工的责任意识和业务能力。",
            "各有关单位要按照职责分工，认真抓好贯彻落实，重大问题及时报告。",
            "该项工作的开展，为推动全区高质量发展提供了有力支撑。",
            "会上，有关处室负责同志汇报了工作进展情况，并对下一步工作作了安排。");

    private final Random random;

    Texts(Random random) {
        this.random = random;
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    String news() { return fill(NEWS_TEMPLATES); }
    String notice() { return fill(NOTICE_TEMPLATES); }
    String local() { return fill(LOCAL_TEMPLATES); }
    String policy() { return fill(POLICY_TEMPLATES); }
    String plan() { return fill(PLAN_TEMPLATES); }
    String material() { return fill(MATERIAL_TEMPLATES); }
    String product() { return fill(PRODUCT_TEMPLATES); }
    String media(String outlet) { return String.format(pick(MEDIA_TEMPLATES), SHORT_NAME, pick(SUBJECTS), "", "", outlet); }
    String response() { return fill(RESPONSE_TEMPLATES); }

    /** News from one city (市县动态). */
    String local(String city) {
        return String.format(pick(LOCAL_TEMPLATES), SHORT_NAME, pick(SUBJECTS), "", city);
    }

    String topicItem(String topic) {
        return topic + "｜" + pick(List.of("%4$s开展%2$s主题活动", "%4$s%2$s工作纪实", "%1$s召开%2$s推进会",
                "%4$s：以%2$s为抓手推动工作落实", "%2$s典型经验做法（%4$s）")).formatted(
                SHORT_NAME, pick(SUBJECTS), pick(LEADERS), pick(CITIES));
    }

    /** A body of several paragraphs; no dates. */
    List<String> paragraphs(String title) {
        int count = 3 + random.nextInt(5);
        List<String> paragraphs = new java.util.ArrayList<>();
        if (title.endsWith("通知") || title.endsWith("意见") || title.endsWith("批复")) {
            paragraphs.add("各市林水主管部门，厅机关各处室、直属各单位：");
            paragraphs.add("为进一步做好" + pick(SUBJECTS) + "工作，经厅党组研究同意，现将有关事项通知如下，请认真贯彻执行。");
        } else {
            paragraphs.add("近日，" + title.replaceAll("[《》“”｜]", "") + "。" + pick(SENTENCES));
        }
        for (int i = 1; i < count; i++) {
            paragraphs.add(pick(SENTENCES) + pick(SENTENCES));
        }
        return paragraphs;
    }

    private String fill(List<String> templates) {
        return String.format(pick(templates), SHORT_NAME, pick(SUBJECTS), "厅长" + pick(LEADERS), pick(CITIES));
    }
}
