package io.github.govaudit.gensite;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Designs the site model from a seeded random source: the column tree of a provincial
 * department, several hundred items around the report year, and the traps the counting rules
 * speak of (overlaps, external entries, undated items, neighbouring years, written dates).
 */
final class SiteDesigner {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final Random random;
    private final Texts texts;
    private final int year;
    private final List<Item> items = new ArrayList<>();
    private final Set<String> paths = new HashSet<>();
    private int nextColumnId = 1201;
    private int nextItemId;

    SiteDesigner(long seed, int year) {
        this.random = new Random(seed);
        this.texts = new Texts(random);
        this.year = year;
        this.nextItemId = 100000 + random.nextInt(50000);
    }

    SiteModel design() {
        Column overview = overview();
        Column news = new Column(nextColumnId++, "政务动态", "/zwdt/", ListStyle.CHANNEL, ListDate.ISO, 0, null);
        Column work = workNews(news);
        Column notices = notices(news, work);
        localNews(news);
        Column disclosure = new Column(nextColumnId++, "信息公开", "/xxgk/", ListStyle.CHANNEL, ListDate.ISO, 0, null);
        disclosure(disclosure, work, notices);
        Column interpretation = interpretation();
        Column responses = responses();
        Column topicIndex = new Column(nextColumnId++, "专题专栏", "/ztzl/", ListStyle.BANNERS, ListDate.ISO, 0, null);
        topics(topicIndex, work);
        leaderNoticeOverlap(overview, notices);
        return new SiteModel(year, List.of(overview, news, disclosure, interpretation, responses, topicIndex),
                topicIndex, items);
    }

    // ---- 机构概况 ------------------------------------------------------------------------------

    private Column overview() {
        Column root = new Column(nextColumnId++, "机构概况", "/jggk/", ListStyle.CHANNEL, ListDate.ISO, 0, null);
        Column duties = column("主要职责", "/jggk/zyzz/", root, ListStyle.TRS, ListDate.ISO, 20);
        trs(duties, "自治区林水发展厅主要职责", at(year, 2, 10), PageDate.META_AND_TEXT);
        trs(duties, "自治区林水发展厅历史沿革", at(year - 3, 6, 18), PageDate.TEXT_ONLY);
        trs(duties, "关于调整自治区林水发展厅部分职责的说明", at(year - 1, 9, 3), PageDate.META_AND_TEXT);

        Column units = column("内设机构", "/jggk/nsjg/", root, ListStyle.PLAIN_STATIC, ListDate.ISO, 20);
        for (String unit : List.of("办公室", "政策法规处", "规划财务处", "森林资源管理处", "水资源处", "河湖管理处",
                "人事处")) {
            Item item = plainItem(units, "/content/%d.html", unit, null, PageDate.NONE, null);
            units.add(Entry.of(item, false, day(year - 2, year)));
        }
        Item renamed = plainItem(units, "/content/%d.html", "水土保持处（生态修复处）", at(year, 4, 21),
                PageDate.TEXT_ONLY, null);
        units.add(Entry.of(renamed, false, null));
        plain(units, "/content/%d.html", "直属单位一览", at(year, 8, 2), PageDate.META_AND_TEXT, null);
        plain(units, "/content/%d.html", "机关党委（人事处）", at(year - 1, 3, 15), PageDate.TEXT_ONLY, null);

        Column leaders = column("领导信息", "/jggk/ldxx/", root, ListStyle.TRS, ListDate.BRACKETED_ISO, 20);
        List<String> posts = List.of("厅长", "副厅长", "副厅长", "副厅长", "总工程师", "二级巡视员");
        int[] years = {year - 2, year, year - 3, year - 1, year, year - 2};
        for (int i = 0; i < posts.size(); i++) {
            trs(leaders, posts.get(i) + " " + Texts.LEADERS.get(i), at(years[i], 1 + random.nextInt(12),
                    1 + random.nextInt(28)), PageDate.META_AND_TEXT);
        }
        return root;
    }

    private void leaderNoticeOverlap(Column overview, Column notices) {
        Column leaders = overview.children().get(2);
        Item appointed = leaders.ownEntries().stream().map(Entry::item)
                .filter(item -> item.publishedIn(year)).findFirst().orElseThrow();
        notices.add(Entry.of(appointed, true, null));
    }

    // ---- 政务动态 ------------------------------------------------------------------------------

    private Column workNews(Column parent) {
        Column work = column("工作动态", "/zwdt/gzdt/", parent, ListStyle.TRS, ListDate.ISO, 20);
        for (int i = 0; i < 126; i++) {
            trs(work, texts.news(), time(day(LocalDate.of(year - 1, 9, 1), LocalDate.of(year + 1, 1, 20))),
                    randomPageDate());
        }
        trs(work, texts.news(), LocalDateTime.of(year - 1, 12, 31, 23, 40), PageDate.META_AND_TEXT);
        trs(work, texts.news(), LocalDateTime.of(year, 1, 1, 8, 5), PageDate.META_AND_TEXT);
        trs(work, texts.news(), LocalDateTime.of(year, 12, 31, 23, 50), PageDate.META_AND_TEXT);
        trs(work, texts.news(), LocalDateTime.of(year + 1, 1, 1, 0, 10), PageDate.META_AND_TEXT);
        trs(work, texts.material(), at(year, 3, 17), PageDate.META_AND_TEXT);
        Item graphic = item(work, PageLook.TRS, null, texts.product(), at(year, 6, 9), PageDate.META_AND_TEXT,
                "宣传中心", null, true);
        work.add(Entry.of(graphic, true, null));
        for (int i = 0; i < 3; i++) {
            LocalDate date = day(LocalDate.of(year, 2, 1), LocalDate.of(year, 11, 30));
            work.add(Entry.external("http://www.gxzf.gov.cn/html/" + date.format(MONTH) + "/t"
                    + date.format(DAY) + "_" + (2200000 + random.nextInt(99999)) + ".shtml",
                    "【转载】" + texts.local(), date));
        }
        return work;
    }

    private Column notices(Column parent, Column work) {
        Column notices = column("通知公告", "/zwdt/tzgg/", parent, ListStyle.PLAIN_QUERY, ListDate.CHINESE, 15);
        for (int i = 0; i < 50; i++) {
            plain(notices, "/content/%d.html", texts.notice(),
                    time(day(LocalDate.of(year - 1, 6, 1), LocalDate.of(year + 1, 1, 15))), randomPageDate(), null);
        }
        for (int i = 0; i < 4; i++) {
            Item undated = plainItem(notices, "/content/%d.html", texts.notice(), null, PageDate.NONE, null);
            notices.add(Entry.of(undated, false, day(LocalDate.of(year - 1, 6, 1), LocalDate.of(year, 12, 1))));
        }
        for (int i = 0; i < 3; i++) {
            plain(notices, "/content/%d.html", texts.notice(),
                    time(day(LocalDate.of(year, 1, 10), LocalDate.of(year, 12, 10))), PageDate.NONE, null);
        }
        String repeated = texts.notice();
        LocalDateTime when = at(year, 7, 8);
        plain(notices, "/content/%d.html", repeated, when, PageDate.TEXT_ONLY, null);
        plain(notices, "/content/%d.html", repeated, when.plusDays(1), PageDate.TEXT_ONLY, null);
        List<Entry> fromWork = work.ownEntries().stream()
                .filter(e -> !e.isExternal() && e.item().publishedIn(year)).toList();
        for (int i = 0; i < 3; i++) {
            notices.add(Entry.of(fromWork.get(3 + 7 * i).item(), true, null));
        }
        return notices;
    }

    private void localNews(Column parent) {
        Column local = column("市县动态", "/zwdt/sxdt/", parent, ListStyle.TRS, ListDate.MONTH_DAY_URL_YEAR, 20);
        for (int i = 0; i < 60; i++) {
            trs(local, texts.local(), time(day(LocalDate.of(year - 1, 3, 1), LocalDate.of(year + 1, 1, 18))),
                    randomPageDate());
        }
    }

    // ---- 信息公开 ------------------------------------------------------------------------------

    private void disclosure(Column root, Column work, Column notices) {
        Column statutory = column("法定主动公开内容", "/xxgk/fdzdgknr/", root, ListStyle.CHANNEL, ListDate.ISO, 0);
        Column policies = new Column(2301, "政策文件", null, ListStyle.HANWEB, ListDate.SLASH, 15, statutory);
        for (int i = 0; i < 42; i++) {
            LocalDateTime published = time(day(LocalDate.of(year - 2, 1, 1), LocalDate.of(year + 1, 1, 15)));
            policyDocument(policies, published, published.toLocalDate().minusDays(random.nextInt(40)));
        }
        for (int day = 3; day <= 9; day += 3) {
            policyDocument(policies, at(year, 1, day), LocalDate.of(year - 1, 12, 20 + day));
        }
        policyDocument(policies, at(year + 1, 1, 6), LocalDate.of(year, 12, 26));
        policyDocument(policies, at(year - 1, 12, 30), LocalDate.of(year - 1, 12, 18));
        Item sharedNotice = policyDocument(policies, at(year, 5, 19), LocalDate.of(year, 5, 12));
        notices.add(Entry.of(sharedNotice, true, null));

        Column plans = column("规划计划", "/xxgk/fdzdgknr/ghjh/", statutory, ListStyle.PLAIN_STATIC,
                ListDate.MONTH_DAY_HEADING, 12);
        plans.encodeAsGbk(false);
        for (int i = 0; i < 22; i++) {
            LocalDateTime published = time(day(LocalDate.of(year - 3, 1, 1), LocalDate.of(year + 1, 1, 15)));
            LocalDate written = published.toLocalDate().minusDays(5 + random.nextInt(60));
            Disclosure table = new Disclosure(indexNo(published), Texts.DEPARTMENT, "规划计划", written,
                    "", "公开日期", random.nextBoolean() ? "印发日期" : "成文日期");
            plain(plans, plans.folder() + "show-%d.html", texts.plan(), published, PageDate.TEXT_ONLY, table);
        }
        attachment(plans, "广西林水发展项目年度投资计划表（PDF）", at(year, 3, 2));
        attachment(plans, "林水发展重点工程建设计划汇总表（PDF）", at(year - 1, 11, 20));

        Column openWork = new Column(2303, "工作动态", null, ListStyle.HANWEB, ListDate.CHINESE, 15, statutory);
        for (int i = 0; i < 8; i++) {
            LocalDateTime published = time(day(LocalDate.of(year - 1, 1, 1), LocalDate.of(year + 1, 1, 10)));
            Item item = item(openWork, PageLook.HANWEB, null, texts.news(), published, PageDate.META_AND_TEXT,
                    texts.pick(Texts.OWN_SOURCES), null, false);
            openWork.add(Entry.of(item, true, null));
        }
        List<Entry> workEntries = work.ownEntries().stream().filter(e -> !e.isExternal()).toList();
        for (int i = 0; i < workEntries.size(); i += 5) {
            openWork.add(Entry.of(workEntries.get(i).item(), true, null));
        }

        Column reports = column("信息公开年报", "/xxgk/xxgknb/", root, ListStyle.TRS, ListDate.ISO, 20);
        for (int y = year - 5; y < year; y++) {
            trs(reports, Texts.DEPARTMENT + y + "年政府信息公开工作年度报告", at(y + 1, 1, 18 + random.nextInt(10)),
                    PageDate.META_AND_TEXT);
        }
    }

    private Item policyDocument(Column policies, LocalDateTime published, LocalDate written) {
        Disclosure table = new Disclosure(indexNo(published), Texts.DEPARTMENT, texts.pick(List.of("林业", "水利",
                "综合政务", "生态环境")), written, "桂水林发〔" + written.getYear() + "〕" + (1 + random.nextInt(60)) + "号",
                random.nextInt(4) == 0 ? "公开日期" : "发布日期", random.nextInt(4) == 0 ? "发文日期" : "成文日期");
        Item item = item(policies, PageLook.HANWEB, null, texts.policy(), published, PageDate.META_AND_TEXT,
                "办公室", table, false);
        policies.add(Entry.of(item, true, null));
        return item;
    }

    private String indexNo(LocalDateTime published) {
        return "11450000MB1A2B3C4D/" + published.getYear() + "-" + String.format("%05d", 1 + random.nextInt(900));
    }

    // ---- 政策解读 and 回应关切 -------------------------------------------------------------------

    private Column interpretation() {
        Column root = column("政策解读", "/zcjd/", null, ListStyle.TRS, ListDate.ISO, 15);
        for (int i = 0; i < 28; i++) {
            trs(root, texts.material(), time(day(LocalDate.of(year - 1, 1, 1), LocalDate.of(year + 1, 1, 15))),
                    PageDate.META_AND_TEXT);
        }
        String outlet = "新华网";
        Item quoted = item(root, PageLook.TRS, null, texts.material(), at(year, 9, 14), PageDate.META_AND_TEXT,
                outlet, null, false);
        root.add(Entry.of(quoted, true, null));

        Column graphics = column("图解", "/zcjd/tj/", root, ListStyle.TRS, ListDate.ISO, 15);
        for (int i = 0; i < 14; i++) {
            Item item = item(graphics, PageLook.TRS, null, texts.product(),
                    time(day(LocalDate.of(year - 1, 1, 1), LocalDate.of(year, 12, 31))), PageDate.META_AND_TEXT,
                    "宣传中心", null, true);
            graphics.add(Entry.of(item, true, null));
        }
        Column media = column("媒体解读", "/zcjd/mtjd/", root, ListStyle.PLAIN_QUERY, ListDate.ISO, 10);
        for (int i = 0; i < 14; i++) {
            String source = texts.pick(Texts.OUTLETS);
            Item item = item(media, PageLook.PLAIN, "/content/%d.html", texts.media(source),
                    time(day(LocalDate.of(year - 1, 1, 1), LocalDate.of(year + 1, 1, 15))), PageDate.META_AND_TEXT,
                    source, null, false);
            media.add(Entry.of(item, true, null));
        }
        for (int i = 0; i < 4; i++) {
            LocalDate date = day(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            String host = i % 2 == 0 ? "http://www.xinhuanet.com/politics/" : "http://gx.people.com.cn/n2/";
            media.add(Entry.external(host + date.getYear() + "-" + String.format("%02d", date.getMonthValue())
                    + "/" + String.format("%02d", date.getDayOfMonth()) + "/c_" + (1128000000 + random.nextInt(999999))
                    + ".htm", texts.media(i % 2 == 0 ? "新华网" : "人民网"), date));
        }
        return root;
    }

    private Column responses() {
        Column root = column("回应关切", "/hygq/", null, ListStyle.PLAIN_QUERY, ListDate.SLASH, 12);
        root.encodeAsGbk(true);
        for (int i = 0; i < 24; i++) {
            plain(root, "/hygq/show.jsp?id=%d", texts.response(),
                    time(day(LocalDate.of(year - 1, 1, 1), LocalDate.of(year + 1, 1, 15))), PageDate.TEXT_ONLY, null);
        }
        return root;
    }

    // ---- 专题专栏 ------------------------------------------------------------------------------

    private void topics(Column index, Column work) {
        Column history = column("党史学习教育", "/ztzl/dsxxjy/", index, ListStyle.TRS, ListDate.ISO, 15);
        topicItems(history, 14, LocalDate.of(year - 5, 3, 1), LocalDate.of(year - 4, 12, 20));

        Column safety = column(year + "年安全生产月", "/ztzl/aqscy/", index, ListStyle.TRS, ListDate.ISO, 15);
        topicItems(safety, 10, LocalDate.of(year, 5, 20), LocalDate.of(year, 7, 10));
        Item shared = safety.ownEntries().get(4).item();
        work.add(Entry.of(shared, true, null));
        safety.add(Entry.external("http://www.mem.gov.cn/xw/" + year + "06/t" + year + "0601_512345.shtml",
                year + "年全国“安全生产月”活动启动", LocalDate.of(year, 6, 1)));

        Column business = column("优化营商环境", "/ztzl/yhyshj/", index, ListStyle.CHANNEL, ListDate.ISO, 0);
        topicItems(column("政策措施", "/ztzl/yhyshj/zccs/", business, ListStyle.TRS, ListDate.ISO, 15), 8,
                LocalDate.of(year - 3, 1, 1), LocalDate.of(year - 1, 12, 1));
        topicItems(column("工作进展", "/ztzl/yhyshj/gzjz/", business, ListStyle.TRS, ListDate.ISO, 15), 10,
                LocalDate.of(year - 1, 6, 1), LocalDate.of(year, 10, 31));

        Column plenary = column("学习贯彻全会精神", "/ztzl/xxgcqhjs/", index, ListStyle.CHANNEL, ListDate.ISO, 0);
        Column study = new Column(2401, "学习动态", null, ListStyle.HANWEB, ListDate.ISO, 15, plenary);
        for (int i = 0; i < 6; i++) {
            Item item = item(study, PageLook.HANWEB, null, texts.topicItem("学习贯彻全会精神"),
                    time(day(LocalDate.of(year, 11, 3), LocalDate.of(year + 1, 1, 16))), PageDate.META_AND_TEXT,
                    "机关党委", null, false);
            study.add(Entry.of(item, true, null));
        }
        Column voices = column("基层声音", "/ztzl/xxgcqhjs/jcsy/", plenary, ListStyle.PLAIN_STATIC,
                ListDate.BRACKETED_ISO, 15);
        for (int i = 0; i < 5; i++) {
            plain(voices, "/content/%d.html", texts.topicItem("基层声音"),
                    time(day(LocalDate.of(year, 11, 10), LocalDate.of(year, 12, 28))), PageDate.META_AND_TEXT, null);
        }

        Column fire = column((year + 1) + "年春季森林防火", "/ztzl/cjslfh/", index, ListStyle.TRS, ListDate.ISO, 15);
        topicItems(fire, 5, LocalDate.of(year + 1, 1, 2), LocalDate.of(year + 1, 1, 20));
    }

    private void topicItems(Column topic, int count, LocalDate from, LocalDate to) {
        String name = topic.parent().style() == ListStyle.BANNERS ? topic.name() : topic.parent().name();
        for (int i = 0; i < count; i++) {
            trs(topic, texts.topicItem(name), time(day(from, to)), randomPageDate());
        }
    }

    // ---- building blocks ---------------------------------------------------------------------

    private Column column(String name, String folder, Column parent, ListStyle style, ListDate dates, int pageSize) {
        return new Column(nextColumnId++, name, folder, style, dates, pageSize, parent);
    }

    private Item trs(Column column, String title, LocalDateTime published, PageDate pageDate) {
        Item item = item(column, PageLook.TRS, null, title, published, pageDate, texts.pick(Texts.OWN_SOURCES),
                null, false);
        column.add(Entry.of(item, true, null));
        return item;
    }

    /** A home-grown page at pattern (with %d for the id), listed with its date. */
    private Item plain(Column column, String pattern, String title, LocalDateTime published, PageDate pageDate,
                       Disclosure table) {
        Item item = plainItem(column, pattern, title, published, pageDate, table);
        column.add(Entry.of(item, true, null));
        return item;
    }

    /** A home-grown page the caller lists itself. */
    private Item plainItem(Column column, String pattern, String title, LocalDateTime published,
                           PageDate pageDate, Disclosure table) {
        return item(column, PageLook.PLAIN, pattern, title, published, pageDate, texts.pick(Texts.OWN_SOURCES),
                table, false);
    }

    private void attachment(Column column, String title, LocalDateTime published) {
        Item item = item(column, PageLook.ATTACHMENT, null, title, published, PageDate.NONE, "", null, false);
        column.add(Entry.of(item, true, null));
    }

    private Item item(Column home, PageLook look, String pattern, String title, LocalDateTime published,
                      PageDate pageDate, String source, Disclosure table, boolean graphic) {
        int id = nextItemId;
        nextItemId += 1 + random.nextInt(37);
        String path = switch (look) {
            case TRS -> home.folder() + published.format(MONTH) + "/t" + published.format(DAY) + "_" + id + ".html";
            case HANWEB -> "/art/" + published.getYear() + "/" + published.getMonthValue() + "/"
                    + published.getDayOfMonth() + "/art_" + home.id() + "_" + id + ".html";
            case PLAIN -> String.format(pattern, id);
            case ATTACHMENT -> home.folder() + "P0" + published.format(DAY) + String.format("%09d", id) + ".pdf";
        };
        if (!paths.add(path)) {
            throw new IllegalStateException("two items at " + path);
        }
        boolean gbk = home.gbk() && look == PageLook.PLAIN;
        boolean declares = gbk && home.declaresCharset();
        Item item = new Item(id, path, title, published, home, look, pageDate, gbk, declares, source, table, graphic);
        items.add(item);
        return item;
    }

    private PageDate randomPageDate() {
        int roll = random.nextInt(10);
        return roll < 6 ? PageDate.META_AND_TEXT : roll < 8 ? PageDate.TEXT_ONLY : PageDate.META_ONLY;
    }

    private LocalDateTime at(int y, int month, int day) {
        return time(LocalDate.of(y, month, day));
    }

    private LocalDateTime time(LocalDate date) {
        return date.atTime(8 + random.nextInt(11), random.nextInt(60));
    }

    private LocalDate day(int fromYear, int toYear) {
        return day(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
    }

    private LocalDate day(LocalDate from, LocalDate to) {
        return from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
    }
}
