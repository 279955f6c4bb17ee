package io.github.govaudit.gensite2;

import io.github.govaudit.gensite2.GeneratedMunicipalSite.Topic;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Counts the report fields from the generator's model, by the rules of counting-rules.md only.
 *
 * <p>Decisions where the rules need reading:
 * <ul>
 *   <li>A column inside the robots.txt-disallowed folder cannot be read, so its lines are not seen; an item
 *       inside that folder but listed with a date in a readable column is counted (listed, dated, same host); one
 *       listed there without a date is undated, since its page may not be fetched.</li>
 *   <li>The publish date is the list date when a readable column prints it, else the date the item page prints
 *       (发布时间 / PubDate / the table's 发布日期), never 成文日期.</li>
 *   <li>Category follows the tree: 机构职能 and 领导信息 under 政府信息公开 are disclosure; an item page carrying a
 *       disclosure table is disclosure too. Topic and interpretation columns are other.</li>
 *   <li>{@code overlap} = items in Y counted in two or more of 概况 / 政务动态 / 信息公开目录 (the site has no item in
 *       all three, so this equals the sum of the three minus their union).</li>
 *   <li>Items only in the 热点关注 sidebar are in no column and are not counted.</li>
 * </ul>
 */
final class TruthCounter {

  static final int YEAR = Paging.REPORT_YEAR;
  private static final List<String> PRODUCT_WORDS =
      List.of("图解", "一图读懂", "图读", "长图", "漫画", "动漫", "视频", "微视频", "H5", "音频");
  private static final List<String> MEDIA_COLUMNS = List.of("媒体解读", "媒体评论", "媒体视角");
  private static final List<String> CONSULTATION_COLUMNS = List.of("意见征集", "征集调查", "民意征集", "网上调查", "调查征集");
  private static final List<String> INTERVIEW_COLUMNS = List.of("在线访谈", "访谈", "直播访谈");
  private static final List<String> OUTLETS =
      List.of("人民日报", "新华社", "光明日报", "经济日报", "人民网", "新华网", "央视", "广西日报");

  private final GeneratedMunicipalSite site;

  TruthCounter(GeneratedMunicipalSite site) {
    this.site = site;
  }

  ExpectedReport count() {
    Map<String, Set<String>> fields = new LinkedHashMap<>();
    ExpectedReport.FIELDS.forEach(f -> fields.put(f, new TreeSet<>()));
    Set<String> undated = new TreeSet<>();
    Map<String, Integer> sums = new HashMap<>();
    for (Item item : site.itemsByUrl().values()) {
      List<Column> listing = readableColumnsListing(item);
      if (item.external() || listing.isEmpty()) {
        continue;
      }
      LocalDate date = publishDate(item, listing);
      if (date == null) {
        undated.add(item.url());
        continue;
      }
      if (date.getYear() != YEAR) {
        continue;
      }
      fields.get("info_publishing.total").add(item.url());
      Set<Category> categories = categories(item, listing);
      if (categories.contains(Category.OVERVIEW)) {
        fields.get("info_publishing.overview_updates").add(item.url());
      }
      if (categories.contains(Category.NEWS)) {
        fields.get("info_publishing.news_updates").add(item.url());
      }
      if (categories.contains(Category.DISCLOSURE)) {
        fields.get("info_publishing.disclosure_updates").add(item.url());
      }
      if (categories.size() >= 2) {
        fields.get("info_publishing.overlap").add(item.url());
      }
      interpretation(item, listing, fields);
      interaction(item, listing, fields, sums);
    }
    Map<String, Set<String>> topicsInYear = topics(fields);
    return new ExpectedReport(fields, sums, undated, topicsInYear);
  }

  /** Readable columns (not behind robots.txt) that list the item. */
  List<Column> readableColumnsListing(Item item) {
    return site.columns().stream()
        .filter(c -> !c.blockedByRobots())
        .filter(c -> c.entries().stream().anyMatch(e -> e.item().url().equals(item.url())))
        .toList();
  }

  /** List date if a readable column prints it, else the page's date if the page may be fetched and shows one. */
  static LocalDate publishDate(Item item, List<Column> listing) {
    boolean inList = listing.stream().flatMap(c -> c.entries().stream())
        .anyMatch(e -> e.item().url().equals(item.url()) && e.dateInList());
    if (inList) {
      return item.date();
    }
    boolean fetchable = !item.url().startsWith(GeneratedMunicipalSite.ROBOTS_DISALLOWED);
    return fetchable && item.dateOnPage() ? item.date() : null;
  }

  private static Set<Category> categories(Item item, List<Column> listing) {
    Set<Category> categories = EnumSet.noneOf(Category.class);
    listing.forEach(c -> categories.add(c.category()));
    if (item.hasDisclosureTable() && !item.url().startsWith(GeneratedMunicipalSite.ROBOTS_DISALLOWED)) {
      categories.add(Category.DISCLOSURE);
    }
    categories.remove(Category.OTHER);
    return categories;
  }

  private static void interpretation(Item item, List<Column> listing, Map<String, Set<String>> fields) {
    if (listing.stream().anyMatch(Column::hotResponse)) {
      fields.get("interpretation.hot_responses").add(item.url());
    }
    boolean interpretation = listing.stream().anyMatch(Column::interpretation)
        || item.title().contains("解读") || item.title().contains("图解");
    if (!interpretation) {
      return;
    }
    fields.get("interpretation.total").add(item.url());
    String names = item.title() + " " + String.join(" ", listing.stream().map(Column::name).toList());
    boolean product = PRODUCT_WORDS.stream().anyMatch(names::contains)
        || item.body() == BodyKind.IMAGES || item.body() == BodyKind.VIDEO;
    boolean media = listing.stream().anyMatch(c -> MEDIA_COLUMNS.contains(c.name()))
        || OUTLETS.contains(item.source());
    String kind = product ? "products" : media ? "media_reviews" : "materials";
    fields.get("interpretation." + kind).add(item.url());
  }

  /**
   * 征集调查 and 在线访谈 issues: items of the year in columns so named (counting-rules.md, 互动交流); of the
   * consultations, the opinions and participants their pages print (summed) and those announcing their result; of
   * the interviews, the questions, answers (printed, or answered in the transcript) and viewers their pages print
   * (summed).
   */
  private static void interaction(Item item, List<Column> listing, Map<String, Set<String>> fields,
      Map<String, Integer> sums) {
    if (listing.stream().anyMatch(c -> CONSULTATION_COLUMNS.contains(c.name()))) {
      fields.get("interaction.consultations").add(item.url());
      GeneratedConsultation printed = GeneratedConsultation.of(item);
      if (printed.opinions() >= 0) {
        fields.get("interaction.consultation_opinions").add(item.url());
        sums.merge("interaction.consultation_opinions", printed.opinions(), Integer::sum);
      }
      if (printed.participants() >= 0) {
        fields.get("interaction.consultation_participants").add(item.url());
        sums.merge("interaction.consultation_participants", printed.participants(), Integer::sum);
      }
      if (printed.resultAnnounced()) {
        fields.get("interaction.consultation_results_published").add(item.url());
      }
    }
    if (listing.stream().anyMatch(c -> INTERVIEW_COLUMNS.contains(c.name()))) {
      fields.get("interaction.interviews").add(item.url());
      GeneratedInterview printed = GeneratedInterview.of(item);
      add("interaction.interview_questions", printed.questions(), item, fields, sums);
      add("interaction.interview_answers", printed.answers(), item, fields, sums);
      add("interaction.interview_viewers", printed.viewers(), item, fields, sums);
    }
  }

  /** A figure the item's page prints (or -1): the item is evidence of the field, the figure adds to its sum. */
  private static void add(String field, int figure, Item item, Map<String, Set<String>> fields,
      Map<String, Integer> sums) {
    if (figure >= 0) {
      fields.get(field).add(item.url());
      sums.merge(field, figure, Integer::sum);
    }
  }

  private Map<String, Set<String>> topics(Map<String, Set<String>> fields) {
    Map<String, Set<String>> inYear = new HashMap<>();
    for (Topic topic : site.topics()) {
      LocalDate earliest = null;
      Set<String> items = new TreeSet<>();
      for (Column c : topic.columns()) {
        for (Entry e : c.entries()) {
          LocalDate d = publishDate(e.item(), readableColumnsListing(e.item()));
          if (e.item().external() || d == null) {
            continue;
          }
          earliest = earliest == null || d.isBefore(earliest) ? d : earliest;
          if (d.getYear() == YEAR) {
            items.add(e.item().url());
          }
        }
      }
      inYear.put(topic.home(), items);
      if (!items.isEmpty()) {
        fields.get("topics.maintained").add(topic.home());
      }
      if (earliest != null && earliest.getYear() == YEAR) {
        fields.get("topics.new").add(topic.home());
      }
    }
    return inYear;
  }
}
