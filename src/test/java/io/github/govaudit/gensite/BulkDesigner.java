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
import java.util.function.Consumer;

/**
 * Grows a designed site to a given number of HTML pages the way large department sites grow: news
 * from every city (TRS), news from every office (home-grown {@code list_N.html}, half of them GBK),
 * a media column paged by {@code ?page=N}, disclosure categories paged by Hanweb {@code pageNum}
 * with 信息公开 tables, and topics old and new. Items spread over four years; some disclosure
 * documents are also notices, some office items show no date, some city entries point to other
 * hosts. The base design is kept as it is, so every case it holds stays.
 */
final class BulkDesigner {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    /** Bulk item ids start far above the base design's (about 100 000 to 200 000). */
    private static final int FIRST_ITEM_ID = 1_000_000;
    private static final int FIRST_COLUMN_ID = 3001;
    /** Below this many missing pages the base design is left as it is. */
    private static final int SMALLEST_GROWTH = 200;
    /** One disclosure document in this many is also listed under 通知公告. */
    private static final int NOTICE_OVERLAP_EVERY = 20;
    /** One office item in this many shows no date anywhere. */
    private static final int UNDATED_EVERY = 150;
    /** External entries (外链) each city column lists. */
    private static final int EXTERNAL_PER_CITY = 2;

    private static final List<String> CITY_FOLDERS = List.of("nn", "lz", "gl", "wz", "bh", "fcg", "qz", "gg", "yl",
            "bs", "hz", "hc", "lb", "cz");
    private static final List<String> OFFICES = List.of("办公室", "政策法规处", "规划财务处", "森林资源管理处", "水资源处",
            "河湖管理处");
    private static final List<String> OFFICE_FOLDERS = List.of("bgs", "zcfgc", "ghcwc", "slzyglc", "szyc", "hhglc");
    private static final List<String> CATEGORIES = List.of("规范性文件", "人事信息", "财政资金", "行政执法", "统计信息",
            "重点项目");
    private static final ListDate[] TRS_DATES = {ListDate.ISO, ListDate.BRACKETED_ISO, ListDate.MONTH_DAY_URL_YEAR,
            ListDate.CHINESE, ListDate.SLASH};
    private static final ListDate[] PLAIN_DATES = {ListDate.ISO, ListDate.MONTH_DAY_HEADING, ListDate.CHINESE,
            ListDate.BRACKETED_ISO, ListDate.SLASH};

    private final Random random;
    private final Texts texts;
    private final int year;
    private final List<Item> items = new ArrayList<>();
    private final Set<String> paths = new HashSet<>();
    private int nextColumnId = FIRST_COLUMN_ID;
    private int nextItemId = FIRST_ITEM_ID;

    /** One bulk column: how much of the growth it takes and how it makes its items. */
    private record Bulk(Column column, int weight, Consumer<Integer> fill) {
    }

    BulkDesigner(long seed, int htmlPages, int year) {
        this.random = new Random(seed * 31 + htmlPages);
        this.texts = new Texts(random);
        this.year = year;
    }

    /** The base model with bulk columns added until it renders about htmlPages HTML pages. */
    SiteModel grow(SiteModel base, int htmlPages) {
        int missing = htmlPages - base.htmlPages();
        if (missing < SMALLEST_GROWTH) {
            return base;
        }
        List<Bulk> bulks = plan(base);
        int channelPages = 2;
        int weights = bulks.stream().mapToInt(Bulk::weight).sum();
        double budget = Math.max(0, missing - channelPages - bulks.size());
        for (Bulk bulk : bulks) {
            int pageSize = bulk.column().pageSize();
            int pages = (int) Math.round(budget * bulk.weight() / weights);
            bulk.fill().accept(pages * pageSize / (pageSize + 1));
        }
        List<Item> all = new ArrayList<>(base.items());
        all.addAll(items);
        return new SiteModel(base.year(), base.topColumns(), base.topicIndex(), all);
    }

    private List<Bulk> plan(SiteModel base) {
        Column news = base.topColumns().get(1);
        Column notices = news.children().get(1);
        Column statutory = base.topColumns().get(2).children().get(0);
        List<Bulk> bulks = new ArrayList<>();
        Column cities = new Column(nextColumnId++, "各地动态", "/zwdt/gddt/", ListStyle.CHANNEL, ListDate.ISO, 0, news);
        for (int i = 0; i < Texts.CITIES.size(); i++) {
            String city = Texts.CITIES.get(i);
            Column column = column(city, "/zwdt/gddt/" + CITY_FOLDERS.get(i) + "/", cities, ListStyle.TRS,
                    TRS_DATES[i % TRS_DATES.length], 20);
            String folder = CITY_FOLDERS.get(i);
            bulks.add(new Bulk(column, 3, n -> cityNews(column, city, folder, n)));
        }
        Column offices = new Column(nextColumnId++, "处室动态", "/zwdt/csdt/", ListStyle.CHANNEL, ListDate.ISO, 0, news);
        for (int i = 0; i < OFFICES.size(); i++) {
            Column column = column(OFFICES.get(i), "/zwdt/csdt/" + OFFICE_FOLDERS.get(i) + "/", offices,
                    ListStyle.PLAIN_STATIC, PLAIN_DATES[i % PLAIN_DATES.length], 15);
            if (i % 2 == 0) {
                column.encodeAsGbk(i != 2);
            }
            bulks.add(new Bulk(column, 2, n -> officeNews(column, n)));
        }
        Column media = column("媒体关注", "/zwdt/mtgz/", news, ListStyle.PLAIN_QUERY, ListDate.ISO, 15);
        bulks.add(new Bulk(media, 4, n -> mediaNews(media, n)));
        for (int i = 0; i < CATEGORIES.size(); i++) {
            Column column = column(CATEGORIES.get(i), null, statutory, ListStyle.HANWEB, ListDate.ISO, 15);
            column.pageByPageNum();
            Column alsoIn = i == 0 ? notices : null;
            bulks.add(new Bulk(column, 3, n -> documents(column, alsoIn, n)));
        }
        for (Topic topic : topics()) {
            Column column = column(topic.name(), "/ztzl/" + topic.folder() + "/", base.topicIndex(), ListStyle.TRS,
                    ListDate.ISO, 15);
            bulks.add(new Bulk(column, 1, n -> topicItems(column, topic, n)));
        }
        return bulks;
    }

    // ---- the bulk columns --------------------------------------------------------------------

    private void cityNews(Column column, String city, String folder, int count) {
        for (int i = 0; i < count; i++) {
            Item item = item(column, PageLook.TRS, null, texts.local(city), time(anyDay()), randomPageDate(),
                    texts.pick(Texts.OWN_SOURCES), null);
            column.add(Entry.of(item, true, null));
        }
        for (int i = 0; i < EXTERNAL_PER_CITY && count > 0; i++) {
            LocalDate date = day(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            column.add(Entry.external("http://www." + folder + ".gov.cn/xwzx/" + date.format(MONTH) + "/t"
                    + date.format(DAY) + "_" + (3300000 + random.nextInt(99999)) + ".html", texts.local(city), date));
        }
    }

    private void officeNews(Column column, int count) {
        for (int i = 0; i < count; i++) {
            String pattern = column.folder() + "show-%d.html";
            if (i % UNDATED_EVERY == UNDATED_EVERY - 1) {
                Item undated = item(column, PageLook.PLAIN, pattern, texts.news(), null, PageDate.NONE,
                        texts.pick(Texts.OWN_SOURCES), null);
                column.add(Entry.of(undated, false, anyDay()));
            } else {
                Item item = item(column, PageLook.PLAIN, pattern, texts.news(), time(anyDay()), randomPageDate(),
                        texts.pick(Texts.OWN_SOURCES), null);
                column.add(Entry.of(item, true, null));
            }
        }
    }

    private void mediaNews(Column column, int count) {
        for (int i = 0; i < count; i++) {
            String outlet = texts.pick(Texts.OUTLETS);
            Item item = item(column, PageLook.PLAIN, "/content/%d.html", texts.media(outlet), time(anyDay()),
                    PageDate.META_AND_TEXT, outlet, null);
            column.add(Entry.of(item, true, null));
        }
    }

    private void documents(Column column, Column alsoIn, int count) {
        for (int i = 0; i < count; i++) {
            LocalDateTime published = time(anyDay());
            LocalDate written = published.toLocalDate().minusDays(random.nextInt(40));
            Disclosure table = new Disclosure("11450000MB1A2B3C4D/" + published.getYear() + "-"
                    + String.format("%05d", 1 + random.nextInt(99999)), Texts.DEPARTMENT, column.name(), written,
                    random.nextBoolean() ? "桂水林发〔" + written.getYear() + "〕" + (1 + random.nextInt(300)) + "号" : "",
                    random.nextInt(4) == 0 ? "公开日期" : "发布日期", random.nextInt(4) == 0 ? "发文日期" : "成文日期");
            String title = i % 2 == 0 ? texts.policy() : texts.notice();
            Item item = item(column, PageLook.HANWEB, null, title, published, PageDate.META_AND_TEXT, "办公室", table);
            column.add(Entry.of(item, true, null));
            if (alsoIn != null && i % NOTICE_OVERLAP_EVERY == 0) {
                alsoIn.add(Entry.of(item, true, null));
            }
        }
    }

    private record Topic(String name, String folder, LocalDate from, LocalDate to) {
    }

    private List<Topic> topics() {
        return List.of(
                new Topic((year - 3) + "年森林防火", "slfh" + (year - 3), LocalDate.of(year - 3, 1, 5), LocalDate.of(year - 3, 4, 30)),
                new Topic("全面推行河湖长制", "hhzz", LocalDate.of(year - 2, 6, 1), LocalDate.of(year, 12, 20)),
                new Topic("深化林长制改革", "lzzgg", LocalDate.of(year - 1, 3, 1), LocalDate.of(year + 1, 1, 15)),
                new Topic("乡村振兴", "xczx", LocalDate.of(year - 3, 2, 1), LocalDate.of(year - 1, 11, 30)),
                new Topic(year + "年防汛抗旱", "fxkh" + year, LocalDate.of(year, 5, 1), LocalDate.of(year, 9, 30)),
                new Topic("生态文明建设", "stwm", LocalDate.of(year - 2, 1, 10), LocalDate.of(year, 6, 30)),
                new Topic((year - 1) + "年国土绿化行动", "gtlh" + (year - 1), LocalDate.of(year - 1, 2, 1), LocalDate.of(year - 1, 6, 30)),
                new Topic("节水型社会建设", "jsxsh", LocalDate.of(year, 2, 1), LocalDate.of(year + 1, 1, 18)),
                new Topic("主题教育", "ztjy", LocalDate.of(year - 2, 4, 1), LocalDate.of(year - 2, 12, 20)),
                new Topic("法治政府建设", "fzzf", LocalDate.of(year - 3, 1, 1), LocalDate.of(year + 1, 1, 10)));
    }

    private void topicItems(Column column, Topic topic, int count) {
        for (int i = 0; i < count; i++) {
            Item item = item(column, PageLook.TRS, null, texts.topicItem(topic.name()), time(day(topic.from(), topic.to())),
                    randomPageDate(), texts.pick(Texts.OWN_SOURCES), null);
            column.add(Entry.of(item, true, null));
        }
    }

    // ---- building blocks (as SiteDesigner's) -------------------------------------------------

    private Column column(String name, String folder, Column parent, ListStyle style, ListDate dates, int pageSize) {
        return new Column(nextColumnId++, name, folder, style, dates, pageSize, parent);
    }

    private Item item(Column home, PageLook look, String pattern, String title, LocalDateTime published,
                      PageDate pageDate, String source, Disclosure table) {
        int id = nextItemId;
        nextItemId += 1 + random.nextInt(5);
        String path = switch (look) {
            case TRS -> home.folder() + published.format(MONTH) + "/t" + published.format(DAY) + "_" + id + ".html";
            case HANWEB -> "/art/" + published.getYear() + "/" + published.getMonthValue() + "/"
                    + published.getDayOfMonth() + "/art_" + home.id() + "_" + id + ".html";
            case PLAIN -> String.format(pattern, id);
            case ATTACHMENT -> throw new IllegalArgumentException("the bulk lists no attachments");
        };
        if (!paths.add(path)) {
            throw new IllegalStateException("two items at " + path);
        }
        boolean gbk = home.gbk() && look == PageLook.PLAIN;
        Item item = new Item(id, path, title, published, home, look, pageDate, gbk, gbk && home.declaresCharset(),
                source, table, false);
        items.add(item);
        return item;
    }

    private PageDate randomPageDate() {
        int roll = random.nextInt(10);
        return roll < 6 ? PageDate.META_AND_TEXT : roll < 8 ? PageDate.TEXT_ONLY : PageDate.META_ONLY;
    }

    /** A day in the four years around the report year, up to mid-January after it. */
    private LocalDate anyDay() {
        return day(LocalDate.of(year - 3, 1, 1), LocalDate.of(year + 1, 1, 20));
    }

    private LocalDateTime time(LocalDate date) {
        return date.atTime(8 + random.nextInt(11), random.nextInt(60));
    }

    private LocalDate day(LocalDate from, LocalDate to) {
        return from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
    }
}
