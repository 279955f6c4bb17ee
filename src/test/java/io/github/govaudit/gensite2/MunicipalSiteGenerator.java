package io.github.govaudit.gensite2;

import io.github.govaudit.gensite2.GeneratedMunicipalSite.Topic;
import io.github.govaudit.gensite2.Item.Template;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Builds the model of a municipal portal from a seed. The structure (sections, columns, CMS styles and traps)
 * is fixed; titles, dates, sizes of the years and which items are shared between columns come from the seed.
 */
final class MunicipalSiteGenerator {

  private static final LocalDate LAST_2026_DAY = LocalDate.of(2026, 11, 20);
  private static final DateTimeFormatter YM = DateTimeFormatter.ofPattern("yyyyMM");
  private static final DateTimeFormatter YMD = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final List<String> OFFICES = List.of(
      "清源市人民政府办公室", "清源市发展和改革委员会", "清源市财政局", "清源市司法局", "清源市住房和城乡建设局");
  private static final List<String> OUTLETS = List.of("人民日报", "新华社", "光明日报", "经济日报", "人民网", "广西日报");

  private final Random random;
  private final Titles titles;
  private int seq = 88_200;

  MunicipalSiteGenerator(long seed) {
    this.random = new Random(seed);
    this.titles = new Titles(random);
  }

  GeneratedMunicipalSite generate(long seed) {
    List<Column> columns = new ArrayList<>();
    List<Item> leaders = leaders();
    columns.add(column("市情概况", List.of("走进清源"), "/zjqy/sqgk/", 0, ListStyle.SINGLE, Category.OVERVIEW,
        dated(overviewPages())));
    columns.add(column("领导之窗", List.of("走进清源"), "/zjqy/ldzc/", 0, ListStyle.SINGLE, Category.OVERVIEW,
        dated(leaders)));

    List<Item> topNews = hanwebNews(4521, 55);
    List<Item> sessionTopic = topicItems("2026qglh", "lhsy", 8, 2026, 2026);
    List<Item> interpretedInNews = interpretationsInNews();
    List<Item> yaowen = new ArrayList<>(topNews);
    yaowen.addAll(interpretedInNews);
    yaowen.add(sessionTopic.get(0));
    columns.add(column("清源要闻", List.of("政务动态"), "/col/col4521/", 4521, ListStyle.HANWEB_PERPAGE_SCRIPT,
        Category.NEWS, dated(yaowen)));

    List<Item> dept = hanwebDepartment(4522, 32);
    dept.addAll(pick(topNews, 8));
    columns.add(column("部门动态", List.of("政务动态"), "/col/col4522/", 4522, ListStyle.HANWEB_NEXTGROUP,
        Category.NEWS, dated(dept)));

    List<Item> policyDocs = policyDocuments();
    columns.add(column("通知公告", List.of("政务动态"), "/news/", 12, ListStyle.DASH_LIST, Category.NEWS,
        notices(policyDocs)));

    List<Item> county = countyNews();
    columns.add(column("基层动态", List.of("政务动态"), "/xwzx/jcdt/", 0, ListStyle.SHTML_INDEX, Category.NEWS,
        townNews(pick(withYear(county, 2026), 3))));
    columns.add(column("市县动态", List.of("政务动态"), "/xwzx/sxdt/", 0, ListStyle.YEAR_TABS, Category.NEWS,
        dated(county)));
    columns.add(column("图片新闻", List.of("政务动态"), "/xwzx/tpxw/", 0, ListStyle.JSP_PAGE, Category.NEWS,
        dated(pictureNews())));

    List<String> fdzd = List.of("政府信息公开", "法定主动公开内容");
    List<Item> zcwj = new ArrayList<>(policyDocs);
    zcwj.add(external("http://www.gxzf.gov.cn/zfwj/zzqrmzfwj/t20260308_981234.shtml",
        "广西壮族自治区人民政府关于印发优化营商环境若干措施的通知", LocalDate.of(2026, 3, 8)));
    columns.add(column("政策文件", fdzd, "/zfxxgk/fdzdgknr/zcwj/", 0, ListStyle.TRS_CREATE_PAGE,
        Category.DISCLOSURE, dated(zcwj)));
    List<Item> gzdt = pick(topNews, 18);
    gzdt.addAll(documents("/zfxxgk/fdzdgknr/gzdt/", 7, Template.TRS, "%s工作情况通报"));
    columns.add(column("工作动态", fdzd, "/zfxxgk/fdzdgknr/gzdt/", 0, ListStyle.TRS_CREATE_PAGE,
        Category.DISCLOSURE, dated(gzdt)));
    List<Item> ghjh = documents("/zfxxgk/fdzdgknr/ghjh/", 16, Template.TRS, "清源市%s专项规划（2026—2030年）");
    ghjh.add(attachment("/zfxxgk/fdzdgknr/ghjh/", "清源市国土空间总体规划（2021—2035年）文本", date2026()));
    ghjh.add(attachment("/zfxxgk/fdzdgknr/ghjh/", "清源市2025年度重大项目计划表", dateIn(2025)));
    columns.add(column("规划计划", fdzd, "/zfxxgk/fdzdgknr/ghjh/", 0, ListStyle.JSP_PAGE, Category.DISCLOSURE,
        dated(ghjh)));
    columns.add(column("财政资金", fdzd, "/zfxxgk/fdzdgknr/czzj/", 0, ListStyle.GBK_LIST, Category.DISCLOSURE,
        dated(documents("/zfxxgk/fdzdgknr/czzj/", 20, Template.GBK, "清源市%s专项资金分配结果公示"))));
    columns.add(column("机构职能", List.of("政府信息公开"), "/zfxxgk/jgzn/", 0, ListStyle.SINGLE,
        Category.DISCLOSURE, dated(documents("/zfxxgk/jgzn/", 5, Template.TRS, "清源市%s工作领导小组组成及职责"))));
    columns.add(column("领导信息", List.of("政府信息公开"), "/zfxxgk/ldxx/", 0, ListStyle.SINGLE,
        Category.DISCLOSURE, dated(leaders)));
    columns.add(column("政府信息公开年报", List.of("政府信息公开"), "/zfxxgk/xxgknb/", 0, ListStyle.SINGLE,
        Category.DISCLOSURE, dated(annualReports())));

    addInterpretation(columns);
    addInteraction(columns);
    List<Topic> topics = topics(columns, sessionTopic);
    columns.add(column("通知公告", List.of("旧版网站"), GeneratedMunicipalSite.ROBOTS_DISALLOWED + "tzgg/", 0,
        ListStyle.SINGLE, Category.NEWS, dated(plainItems(GeneratedMunicipalSite.ROBOTS_DISALLOWED + "tzgg/", 8,
            Template.PLAIN, "notice"))));
    List<Item> sidebar = List.of(
        plain("/content/" + nextSeq() + ".html", titles.news(), date2026(), BodyKind.TEXT),
        plain("/content/" + nextSeq() + ".html", titles.news(), date2026(), BodyKind.TEXT));
    return new GeneratedMunicipalSite(seed, columns, topics, sidebar,
        List.of("http://www.gxzf.gov.cn/ztzl/2026gxlh/index.shtml"));
  }

  // ---- sections ----

  private void addInterpretation(List<Column> columns) {
    List<String> trail = List.of("政策解读");
    List<Item> text = new ArrayList<>();
    for (int i = 0; i < 18; i++) {
      LocalDate d = mixedDate();
      text.add(trs("/zcjd/wzjd/", "《" + titles.document() + "》政策解读", d, null, "", office(), BodyKind.TEXT));
    }
    text.add(trs("/zcjd/wzjd/", "《清源市" + titles.work() + "条例》出台背景和主要内容解读", date2026(), null, "",
        "新华网", BodyKind.TEXT));
    text.add(trs("/zcjd/wzjd/", "《清源市" + titles.work() + "若干措施》政策解读", date2026(), null, "", office(),
        BodyKind.IMAGES));
    columns.add(column("文字解读", trail, "/zcjd/wzjd/", 0, ListStyle.SHTML_INDEX, Category.OTHER, dated(text)));

    List<Item> graphic = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String title = i % 3 == 2 ? "清源市" + titles.work() + "工作要点" : "一图读懂《" + titles.document() + "》";
      graphic.add(trs("/zcjd/tj/", title, mixedDate(), null, "", office(), BodyKind.IMAGES));
    }
    columns.add(column("图解", trail, "/zcjd/tj/", 0, ListStyle.SINGLE, Category.OTHER, dated(graphic)));

    List<Item> video = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      video.add(trs("/zcjd/spjd/", "【微视频】" + titles.work() + "新政来了", mixedDate(), null, "", "清源市融媒体中心",
          BodyKind.VIDEO));
    }
    columns.add(column("视频解读", trail, "/zcjd/spjd/", 0, ListStyle.SINGLE, Category.OTHER, dated(video)));

    List<Item> media = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      media.add(trs("/zcjd/mtjd/", "清源：以" + titles.work() + "为抓手推动高质量发展", mixedDate(), null, "",
          OUTLETS.get(random.nextInt(OUTLETS.size())), BodyKind.TEXT));
    }
    media.add(external("http://paper.people.com.cn/rmrb/pc/content/202606/12/content_30071234.html",
        "清源：小城治理的大文章", LocalDate.of(2026, 6, 12)));
    columns.add(column("媒体解读", trail, "/zcjd/mtjd/", 0, ListStyle.SINGLE, Category.OTHER, dated(media)));
  }

  private void addInteraction(List<Column> columns) {
    List<String> trail = List.of("互动交流");
    columns.add(column("回应关切", trail, "/hdjl/", 31, ListStyle.DASH_LIST, Category.OTHER,
        dated(plainItems("/hdjl/hygz/", 15, Template.PLAIN, "关于群众反映%s问题的回应"))));
    columns.add(column("意见征集", trail, "/hdjl/yjzj/", 0, ListStyle.SINGLE, Category.OTHER,
        dated(plainItems("/hdjl/yjzj/", 12, Template.PLAIN, "关于公开征求《清源市%s办法（征求意见稿）》意见的公告"))));
    columns.add(column("在线访谈", trail, "/hdjl/zxft/", 0, ListStyle.SINGLE, Category.OTHER,
        dated(plainItems("/hdjl/zxft/", 10, Template.PLAIN, "在线访谈：聚焦%s 回应群众期盼"))));
  }

  private List<Topic> topics(List<Column> columns, List<Item> sessionTopic) {
    List<Topic> topics = new ArrayList<>();
    topics.add(topic(columns, "yhyshj", "优化营商环境", "zcfg", "政策法规", topicItems("yhyshj", "zcfg", 8, 2024, 2026),
        "gzjz", "工作进展", topicItems("yhyshj", "gzjz", 10, 2024, 2026)));
    topics.add(topic(columns, "xczx", "乡村振兴", "zcfg", "政策法规", topicItems("xczx", "zcfg", 6, 2024, 2025),
        "dxal", "典型案例", topicItems("xczx", "dxal", 6, 2024, 2025)));
    topics.add(topic(columns, "2026qglh", "2026年全国两会", "lhsy", "两会声音", sessionTopic,
        "dbfc", "代表风采", topicItems("2026qglh", "dbfc", 5, 2026, 2026)));
    List<Item> study = topicItems("xxgc", "xxth", 6, 2025, 2026);
    study.add(trs("/ztzl/xxgc/xxth/", "市委理论学习中心组开展专题学习（2025年第" + (1 + random.nextInt(9)) + "次）",
        LocalDate.of(2025, 10, 20 + random.nextInt(10)), null, "", office(), BodyKind.TEXT));
    topics.add(topic(columns, "xxgc", "学习贯彻党的二十届四中全会精神", "xxth", "学习体会", study,
        "llwz", "理论文章", topicItems("xxgc", "llwz", 5, 2026, 2026)));
    topics.add(topic(columns, "cjwmcs", "创建全国文明城市", "cjjz", "创建进展", topicItems("cjwmcs", "cjjz", 8, 2026, 2026),
        "wmsj", "文明实践", topicItems("cjwmcs", "wmsj", 6, 2026, 2026)));
    return topics;
  }

  private Topic topic(List<Column> columns, String key, String name, String k1, String n1, List<Item> i1,
      String k2, String n2, List<Item> i2) {
    List<String> trail = List.of("专题专栏", name);
    Column a = column(n1, trail, "/ztzl/" + key + "/" + k1 + "/", 0, ListStyle.SINGLE, Category.OTHER, key, dated(i1));
    Column b = column(n2, trail, "/ztzl/" + key + "/" + k2 + "/", 0, ListStyle.SINGLE, Category.OTHER, key, dated(i2));
    columns.add(a);
    columns.add(b);
    return new Topic(key, name, List.of(a, b));
  }

  // ---- item families ----

  private List<Item> overviewPages() {
    List<Item> items = new ArrayList<>();
    for (String t : List.of("自然地理", "行政区划", "人口民族", "历史沿革", "经济发展", "交通区位", "旅游资源", "清源简介")) {
      items.add(plain("/zjqy/sqgk/content_" + nextSeq() + ".html", t, mixedDate(), BodyKind.TEXT));
    }
    return items;
  }

  private List<Item> leaders() {
    List<Item> items = new ArrayList<>();
    String[] posts = {"市长 李明远", "常务副市长 陈建华", "副市长 黄志刚", "副市长 刘晓梅", "副市长 韦国栋", "秘书长 覃海涛"};
    for (String p : posts) {
      items.add(plain("/zjqy/ldzc/" + nextSeq() + ".html", p, mixedDate(), BodyKind.TEXT));
    }
    return items;
  }

  private List<Item> hanwebNews(int col, int n) {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(hanweb(col, titles.news(), mixedDate(), BodyKind.TEXT));
    }
    items.add(hanweb(col, titles.news(), LocalDate.of(2027, 1, 3), BodyKind.TEXT));
    return items;
  }

  private List<Item> hanwebDepartment(int col, int n) {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(hanweb(col, titles.department(), mixedDate(), BodyKind.TEXT));
    }
    return items;
  }

  private List<Item> interpretationsInNews() {
    return List.of(
        hanweb(4521, "市政府新闻办举行新闻发布会解读《清源市促进民营经济发展若干措施》", date2026(), BodyKind.TEXT),
        hanweb(4521, "图解：2026年清源市政府工作报告", LocalDate.of(2026, 2, 10 + random.nextInt(10)), BodyKind.IMAGES),
        hanweb(4521, "市司法局解读《清源市" + titles.work() + "规定》", dateIn(2025), BodyKind.TEXT));
  }

  /** 通知公告: own notices, undated ones, robots-blocked ones, a next-year one, three policy documents, one external. */
  private List<Entry> notices(List<Item> policyDocs) {
    List<Entry> entries = new ArrayList<>();
    for (Item i : plainItems("/news/", 24, Template.PLAIN, "notice")) {
      entries.add(new Entry(i, true, cut(i)));
    }
    for (Item d : pick(withYear(policyDocs, 2026), 3)) {
      entries.add(new Entry(d, true, cut(d)));
    }
    entries.add(new Entry(plain("/news/show-" + nextSeq() + ".html", titles.notice(), LocalDate.of(2027, 1, 2),
        BodyKind.TEXT), true, false));
    entries.add(new Entry(external("http://www.gov.cn/zhengce/content/2026-03/15/content_7012345.htm",
        "国务院办公厅关于进一步优化政务服务提升行政效能的意见", LocalDate.of(2026, 3, 15)), true, false));
    String blocked = GeneratedMunicipalSite.ROBOTS_DISALLOWED + "news/";
    entries.add(new Entry(plain(blocked + nextSeq() + ".html", titles.notice(), date2026(), BodyKind.TEXT), true, false));
    entries.add(new Entry(plain(blocked + nextSeq() + ".html", titles.notice(), date2026(), BodyKind.TEXT), true, false));
    entries.add(new Entry(plain(blocked + nextSeq() + ".html", titles.notice(), date2026(), BodyKind.TEXT), false, false));
    List<Entry> sorted = sortedNewestFirst(entries);
    for (int k = 0; k < 2; k++) {
      Item undated = new Item("/news/show-" + nextSeq() + ".html", titles.notice(), null, false, null, "", "",
          BodyKind.TEXT, Template.PLAIN);
      sorted.add(1 + random.nextInt(sorted.size() - 1), new Entry(undated, false, false));
    }
    return sorted;
  }

  /** 基层动态: town news, four lines without a list date whose pages carry it, three shared 市县动态 items. */
  private List<Entry> townNews(List<Item> shared) {
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < 27; i++) {
      Item item = plain("/xwzx/jcdt/content_" + nextSeq() + ".shtml", titles.town(), mixedDate(), BodyKind.TEXT);
      entries.add(new Entry(item, i >= 4, cut(item)));
    }
    shared.forEach(i -> entries.add(new Entry(i, true, false)));
    return sortedNewestFirst(entries);
  }

  private List<Item> countyNews() {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      items.add(plain("/content/" + nextSeq() + ".html", titles.town(), date2026(), BodyKind.TEXT));
    }
    for (int i = 0; i < 10; i++) {
      items.add(plain("/content/" + nextSeq() + ".html", titles.town(), dateIn(2025), BodyKind.TEXT));
    }
    return items;
  }

  private List<Item> pictureNews() {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      items.add(plain("/xwzx/tpxw/show.jsp?id=" + nextSeq(), titles.news(), mixedDate(), BodyKind.IMAGES));
    }
    return items;
  }

  /** 政策文件: disclosure documents; four written in December 2025 and published in 2026; one published in 2027. */
  private List<Item> policyDocuments() {
    List<Item> docs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      LocalDate published = LocalDate.of(2026, 1, 5 + random.nextInt(20));
      LocalDate written = LocalDate.of(2025, 12, 10 + random.nextInt(20));
      docs.add(trs("/zfxxgk/fdzdgknr/zcwj/", titles.document(), published, written, docNo(2025), office(),
          BodyKind.TEXT));
    }
    docs.add(trs("/zfxxgk/fdzdgknr/zcwj/", titles.document(), LocalDate.of(2027, 1, 5), LocalDate.of(2026, 11, 18),
        docNo(2026), office(), BodyKind.TEXT));
    docs.addAll(documents("/zfxxgk/fdzdgknr/zcwj/", 40, Template.TRS, null));
    return docs;
  }

  private List<Item> annualReports() {
    List<Item> items = new ArrayList<>();
    for (int y = 2021; y <= 2025; y++) {
      LocalDate published = LocalDate.of(y + 1, 1, 15 + random.nextInt(15));
      items.add(trs("/zfxxgk/xxgknb/", "清源市人民政府" + y + "年政府信息公开工作年度报告", published,
          published.minusDays(3), "", "清源市人民政府办公室", BodyKind.TEXT));
    }
    return items;
  }

  /** Disclosure documents with a table; {@code form} null means policy titles. */
  private List<Item> documents(String dir, int n, Template template, String form) {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LocalDate published = mixedDate();
      LocalDate written = published.minusDays(random.nextInt(8));
      String title = form == null ? titles.document() : titles.of(form);
      String no = form == null ? docNo(written.getYear()) : "";
      if (template == Template.GBK) {
        items.add(new Item(dir + "content_" + nextSeq() + ".htm", title, published, true, written, no, "清源市财政局",
            BodyKind.TEXT, Template.GBK));
      } else {
        items.add(trs(dir, title, published, written, no, office(), BodyKind.TEXT));
      }
    }
    return items;
  }

  private List<Item> plainItems(String dir, int n, Template template, String form) {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String title = form.equals("notice") ? titles.notice() : titles.of(form);
      String url = dir.equals("/news/") ? "/news/show-" + nextSeq() + ".html" : dir + nextSeq() + ".html";
      items.add(new Item(url, title, mixedDate(), true, null, "", "清源市人民政府办公室", BodyKind.TEXT, template));
    }
    return items;
  }

  private List<Item> topicItems(String key, String sub, int n, int fromYear, int toYear) {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int year = fromYear + random.nextInt(toYear - fromYear + 1);
      items.add(trs("/ztzl/" + key + "/" + sub + "/", titles.news(), dateIn(year), null, "", office(), BodyKind.TEXT));
    }
    return items;
  }

  // ---- single items ----

  private Item hanweb(int col, String title, LocalDate d, BodyKind body) {
    String url = "/art/" + d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth() + "/art_" + col + "_"
        + nextSeq() + ".html";
    return new Item(url, title, d, true, null, "", "清源市人民政府办公室", body, Template.HANWEB);
  }

  private Item trs(String dir, String title, LocalDate d, LocalDate written, String no, String source, BodyKind body) {
    String url = dir + YM.format(d) + "/t" + YMD.format(d) + "_" + nextSeq() + ".html";
    return new Item(url, title, d, true, written, no, source, body, Template.TRS);
  }

  private Item plain(String url, String title, LocalDate d, BodyKind body) {
    return new Item(url, title, d, true, null, "", "清源市人民政府办公室", body, Template.PLAIN);
  }

  private Item attachment(String dir, String title, LocalDate d) {
    return new Item(dir + "P0" + YMD.format(d) + nextSeq() + ".pdf", title, d, false, null, "", "", 
        BodyKind.ATTACHMENT_PDF, Template.ATTACHMENT);
  }

  private Item external(String url, String title, LocalDate d) {
    return new Item(url, title, d, false, null, "", "", BodyKind.TEXT, Template.EXTERNAL);
  }

  // ---- helpers ----

  private Column column(String name, List<String> trail, String base, int id, ListStyle style, Category category,
      List<Entry> entries) {
    return column(name, trail, base, id, style, category, null, entries);
  }

  private Column column(String name, List<String> trail, String base, int id, ListStyle style, Category category,
      String topic, List<Entry> entries) {
    return new Column(name, trail, base, id, style, category, topic, entries);
  }

  private List<Entry> dated(List<Item> items) {
    List<Entry> entries = new ArrayList<>();
    for (Item i : items) {
      entries.add(new Entry(i, true, cut(i)));
    }
    return sortedNewestFirst(entries);
  }

  private static List<Entry> sortedNewestFirst(List<Entry> entries) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing((Entry e) -> e.item().date()).reversed()
        .thenComparing(e -> e.item().url()));
    return sorted;
  }

  private boolean cut(Item item) {
    return item.title().length() > 22 && random.nextInt(3) == 0;
  }

  private List<Item> pick(List<Item> from, int n) {
    List<Item> copy = new ArrayList<>(from);
    List<Item> picked = new ArrayList<>();
    while (picked.size() < n && !copy.isEmpty()) {
      picked.add(copy.remove(random.nextInt(copy.size())));
    }
    return picked;
  }

  private static List<Item> withYear(List<Item> items, int year) {
    return items.stream().filter(i -> i.date() != null && i.date().getYear() == year).toList();
  }

  private LocalDate mixedDate() {
    int r = random.nextInt(100);
    return r < 62 ? date2026() : r < 92 ? dateIn(2025) : dateIn(2024);
  }

  private LocalDate date2026() {
    return LocalDate.of(2026, 1, 1).plusDays(random.nextInt(LAST_2026_DAY.getDayOfYear()));
  }

  private LocalDate dateIn(int year) {
    if (year == 2026) {
      return date2026();
    }
    LocalDate first = LocalDate.of(year, 1, 1);
    return first.plusDays(random.nextInt(first.lengthOfYear()));
  }

  private String office() {
    return OFFICES.get(random.nextInt(OFFICES.size()));
  }

  private String docNo(int year) {
    String[] kinds = {"清政发", "清政办发", "清政规", "清财预"};
    return kinds[random.nextInt(kinds.length)] + "〔" + year + "〕" + (1 + random.nextInt(60)) + "号";
  }

  private int nextSeq() {
    return seq += 1 + random.nextInt(37);
  }
}
