package io.github.govaudit.page;

import io.github.govaudit.marks.FilingMarks;
import io.github.govaudit.marks.FilingMarksReader;
import io.github.govaudit.marks.MarkSource;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Understands one stored page: its type, title, date, column, category, list and paging. {@link
 * #read} also gives the links the page reveals, for the crawler, in the same pass. Stateless,
 * thread-safe.
 */
public final class PageAnalyzer {

  private final CategoryRules rules;
  private final PageLists.Readers lists = PageLists.Readers.create();
  private final ListDates listDates = new ListDates();
  private final ListContextYear contextYear = new ListContextYear();
  private final DisclosureTable disclosureTable = new DisclosureTable();
  private final Breadcrumbs breadcrumbs = new Breadcrumbs();
  private final TitleFinder titles = new TitleFinder();
  private final ArticleBody articleBody = new ArticleBody();
  private final PublishDateFinder publishDates = new PublishDateFinder();
  private final ContentSources contentSources = new ContentSources();
  private final PageClassifier classifier = new PageClassifier();
  private final ColumnPath columnPaths = new ColumnPath();
  private final UrlCategories urlCategories = new UrlCategories();
  private final FilingMarksReader marksReader = new FilingMarksReader();
  private final ConsultationReader consultations = new ConsultationReader();
  private final InterviewReader interviews = new InterviewReader();

  /** An analyzer with the default column rules. */
  public PageAnalyzer() {
    this(CategoryRules.defaults());
  }

  /** An analyzer with custom column rules. */
  public PageAnalyzer(CategoryRules rules) {
    this.rules = rules;
  }

  /**
   * Analyses one page.
   *
   * @param url the page's final URL (resolves relative links, gives URL dates)
   * @param doc the decoded page, its base URI set to {@code url}
   */
  public PageAnalysis analyze(String url, Document doc) {
    PageContext page = new PageContext(url, doc);
    return analyze(page, new PageLists(page, lists));
  }

  /**
   * Reads one page in one pass: its analysis (as {@link #analyze} gives it) and the links it reveals
   * (as {@link RevealedLinks#links} gives them), reading its datastore, main list and paging once.
   * The document is only read, never changed, so it can serve other readers (anchors) as well.
   *
   * @param url the page's final URL (resolves relative links, gives URL dates)
   * @param doc the decoded page, its base URI set to {@code url}
   */
  public PageReading read(String url, Document doc) {
    PageContext page = new PageContext(url, doc);
    PageLists pageLists = new PageLists(page, lists);
    PageAnalysis analysis = analyze(page, pageLists);
    return new PageReading(analysis, CrawlNeeds.of(url, pageLists));
  }

  /**
   * Reads only what the crawler needs of one page: the links it reveals and whether it is a list, as
   * {@link #read} gives them, without the analysis (the report makes that from the stored page).
   *
   * @param url the page's final URL
   * @param doc the decoded page, its base URI set to {@code url}
   */
  public CrawlNeeds skim(String url, Document doc) {
    return CrawlNeeds.of(url, new PageLists(new PageContext(url, doc), lists));
  }

  private PageAnalysis analyze(PageContext page, PageLists pageLists) {
    String url = page.url();
    Document doc = page.doc();
    MetaTags meta = MetaTags.of(page.metas());
    SiteNames sites = new SiteNames(meta.get("SiteName"));
    Disclosure disclosure = disclosureTable.find(page).orElse(null);
    List<String> crumbs = breadcrumbs.read(page);
    boolean hanwebList = pageLists.hasDatastoreRecords();
    Optional<MainList.Block> block = hanwebList ? Optional.empty() : pageLists.mainList();
    List<ListEntries.Raw> entries = block.map(MainList.Block::entries).orElseGet(pageLists::datastoreEntries);
    Pagination pages = pageLists.paging();
    Optional<Element> content = articleBody.find(page);
    BodyStats body = articleBody.stats(page, content);
    String visible = page.visibleText();
    String itemTitle = titles.itemTitle(page, meta, content.orElse(null));
    Optional<PublishDate> date = publishDates.find(page, meta, disclosure, itemTitle);

    long dated = entries.stream().filter(e -> e.date() != null || e.monthDay() != null).count();
    PageType type = classifier.classify(new PageClassifier.Evidence(url, Texts.normalize(doc.title()),
        meta.get("ArticleTitle") != null, entries.size(), dated, block.map(MainList.Block::headed).orElse(false),
        pages.pages() > 1 || lists.paging().hasPagingWidget(page),
        hanwebList, body.textChars(),
        date.map(d -> d.source() == DateSource.BODY || d.source() == DateSource.DISCLOSURE_TABLE).orElse(false),
        disclosure != null, !crumbs.isEmpty(), visible));

    boolean item = type == PageType.ITEM || type == PageType.DISCLOSURE_ITEM || type == PageType.OTHER;
    List<String> path = columnPaths.of(crumbs, itemTitle, item, meta.get("ColumnName"), sites);
    String column = path.isEmpty() || type == PageType.HOME || type == PageType.SEARCH
        ? null : path.get(path.size() - 1);
    String title = title(type, page, meta, itemTitle, column);
    Category category = category(url, disclosure, path, type);
    String source = contentSources.find(meta, visible);
    PublishDate published = type == PageType.LIST || type == PageType.HOME || type == PageType.SEARCH
        ? null : date.orElse(null);
    InterpretationKind kind = type == PageType.ITEM || type == PageType.DISCLOSURE_ITEM
        ? rules.interpretationKind(path, title, source, body) : null;
    List<ListItem> listItems = type == PageType.LIST ? listDates.items(url, entries,
        block.map(b -> contextYear.of(b.parent())).orElse(java.util.OptionalInt.empty())) : List.of();
    Pagination pagination = type == PageType.LIST ? pages : Pagination.single(url);
    ConsultationFacts consultation = item ? consultations.read(page, title) : ConsultationFacts.NONE;
    InterviewFacts interview = item ? interviews.read(page, title, path) : InterviewFacts.NONE;
    return new PageAnalysis(url, type, title, published == null ? null : published.date(),
        published == null ? null : published.source(), column, crumbs, category, kind, listItems,
        pagination, disclosure, meta.asMap(), source, body, marks(page, meta), AccessibilityFacts.of(doc),
        consultation, interview);
  }

  /** The marks of the page, read from the text pieces, scripts and links the page walk collected. */
  private FilingMarks marks(PageContext page, MetaTags meta) {
    StringBuilder text = new StringBuilder();
    for (LabelledText.Piece p : page.pieces()) {
      text.append(p.text()).append('\n');
    }
    String siteId = meta.get("SiteIDCode");
    return marksReader.read(MarkSource.of(text.toString(), page.scripts(), page.links(), siteId == null ? "" : siteId));
  }

  private String title(PageType type, PageContext page, MetaTags meta, String itemTitle, String column) {
    return switch (type) {
      case LIST -> column != null ? column
          : Optional.ofNullable(meta.get("ColumnName")).orElseGet(() -> titles.columnTitle(page.doc(), meta));
      case HOME -> titles.siteTitle(page.doc(), meta);
      case SEARCH -> titles.searchTitle(page, meta);
      default -> itemTitle;
    };
  }

  private Category category(String url, Disclosure disclosure, List<String> path, PageType type) {
    if (disclosure != null) {
      return Category.DISCLOSURE;
    }
    if (type == PageType.HOME || type == PageType.SEARCH) {
      return Category.OTHER;
    }
    if (!path.isEmpty()) {
      return rules.categorize(path);
    }
    return urlCategories.of(url).orElse(Category.OTHER);
  }
}
