package io.github.govaudit.count;

import io.github.govaudit.crawl.HtmlDecoder;
import io.github.govaudit.crawl.Link;
import io.github.govaudit.crawl.UrlNormalizer;
import io.github.govaudit.features.FeatureCheck;
import io.github.govaudit.features.FeatureReader;
import io.github.govaudit.features.SiteFeatures;
import io.github.govaudit.interaction.Message;
import io.github.govaudit.interaction.MessageList;
import io.github.govaudit.interaction.PublishedMessages;
import io.github.govaudit.marks.FilingMarks;
import io.github.govaudit.marks.FilingMarksReader;
import io.github.govaudit.page.CategoryRules;
import io.github.govaudit.page.ConsultationFacts;
import io.github.govaudit.page.InteractionKind;
import io.github.govaudit.page.ListItem;
import io.github.govaudit.page.PageAnalysis;
import io.github.govaudit.page.PageAnalyzer;
import io.github.govaudit.page.PageType;
import io.github.govaudit.page.Pagination;
import io.github.govaudit.page.StoredAnalysis;
import io.github.govaudit.store.Analyses;
import io.github.govaudit.store.CrawlRecord;
import io.github.govaudit.store.PageReader;
import io.github.govaudit.store.SavedFeatureChecks;
import io.github.govaudit.store.StoredPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Builds a {@link Site} from the page store alone: every stored HTML page understood. A page's
 * analysis stored at crawl time (or kept by an earlier report) by this same build is used as it is;
 * any other page is decoded and analysed again. The store is read on every core.
 */
public final class SiteReader {

  /** The metas the report reads of a page; the others are dropped once the page is understood. */
  private static final List<String> REPORTED_METAS = List.of(BasicInfo.SITE_NAME_META);

  private final PageAnalyzer analyzer;
  private final StoredAnalysis stored;
  private final UrlNormalizer normalizer;
  private final HtmlDecoder decoder = new HtmlDecoder();
  private final FilingMarksReader marksReader = new FilingMarksReader();
  private final FeatureReader featureReader = new FeatureReader();
  private final MessageList messageList = new MessageList();

  /**
   * @param stored reads the analyses the crawl stored; those of another build are ignored and the
   *     page is analysed again
   */
  public SiteReader(PageAnalyzer analyzer, StoredAnalysis stored, UrlNormalizer normalizer) {
    this.analyzer = analyzer;
    this.stored = stored;
    this.normalizer = normalizer;
  }

  /** What reading the pages gathered, filled from several threads. */
  private static final class Gathered {
    final Map<String, PageAnalysis> pages = new ConcurrentHashMap<>();
    final AnchorTally anchors = new AnchorTally();
    final Map<String, String> redirects = new ConcurrentHashMap<>();
    final List<String> unreadable = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger errors = new AtomicInteger();
    final SharedValues shared = new SharedValues();
    final MarkTally marks = new MarkTally();
  }

  /**
   * Reads the whole store, on every core. A page the crawl stored without analysis is looked up in
   * {@code kept}, else analysed from its body and kept there for the next reader.
   */
  public Site read(PageReader reader, Analyses kept) {
    CrawlRecord record = reader.record();
    Gathered g = new Gathered();
    reader.forEachWithoutBody(Runtime.getRuntime().availableProcessors(), p -> {
      gatherLinks(p, g);
      if (p.isHtml()) {
        understand(p, reader, kept, g);
      }
    });
    Map<String, String> anchors = g.anchors.mostUsed();
    Set<String> hosts = Set.copyOf(record == null ? List.of() : record.allowedHosts());
    Map<String, PageAnalysis> pages = new HashMap<>(g.pages);
    Map<String, String> redirects = new HashMap<>(g.redirects);
    List<String> unreadable = List.copyOf(g.unreadable).stream().sorted().toList();
    Site draft = new Site(record, "", pages, anchors, Optional.empty(), g.marks, SiteFeatures.NONE, hosts,
        reader.count(), g.errors.get(), redirects, unreadable);
    String homeUrl = record == null ? "" : draft.afterRedirects(record.home());
    Optional<Document> home = parsedPage(reader, homeUrl);
    return new Site(record, homeUrl, pages, anchors, home.map(marksReader::read), g.marks,
        home.map(this::features).orElse(SiteFeatures.NONE).withChecks(checks(reader)), hosts, reader.count(),
        g.errors.get(), redirects, unreadable, messages(reader, draft.pageList()));
  }

  /**
   * The messages published in the site's message lists: the list pages of columns named as message
   * columns (留言, 信箱, 咨询投诉 …), read again from their bodies (a few pages only).
   */
  private PublishedMessages messages(PageReader reader, List<PageAnalysis> pages) {
    Map<String, Message> messages = new LinkedHashMap<>();
    List<String> read = new ArrayList<>();
    for (PageAnalysis a : pages) {
      if (a.pageType() != PageType.LIST || !isMessageColumn(a)) {
        continue;
      }
      Optional<Document> doc = parsedPage(reader, a.url());
      if (doc.isPresent()) {
        List<Message> found = messageList.fromList(doc.get());
        found.forEach(m -> messages.putIfAbsent(m.url().isEmpty() ? m.title() + m.asked() : m.url(), m));
        if (!found.isEmpty()) {
          read.add(a.url());
        }
      }
    }
    return new PublishedMessages(List.copyOf(messages.values()), read);
  }

  private static boolean isMessageColumn(PageAnalysis a) {
    List<String> path = !a.breadcrumb().isEmpty() ? a.breadcrumb() : a.column() == null ? List.of() : List.of(a.column());
    return CategoryRules.defaults().interactionKind(path).equals(Optional.of(InteractionKind.MESSAGE));
  }

  /** Redirects, errors and anchor texts. */
  private void gatherLinks(StoredPage p, Gathered g) {
    if (p.status() >= 300 && p.status() < 400 && !p.finalUrl().equals(p.url())) {
      g.redirects.put(g.shared.shared(p.url()), g.shared.shared(normalizer.normalizeOrKeep(p.finalUrl())));
    }
    if (p.isError()) {
      g.errors.incrementAndGet();
    }
    for (Link l : p.links()) {
      if (!l.anchor().isBlank() && l.anchor().length() <= 40) {
        g.anchors.add(l.url(), l.anchor()); // the tally keeps one copy of each URL and text itself
      }
    }
  }

  /**
   * One HTML page understood, from its stored or kept analysis or else from its body (read only
   * then); runs on a worker thread.
   */
  private void understand(StoredPage p, PageReader reader, Analyses kept, Gathered g) {
    String url = normalizer.normalizeOrKeep(p.finalUrl());
    Optional<PageAnalysis> known = stored.decode(p.analysis())
        .or(() -> kept.get(p.url(), p.fetchedAt()).flatMap(stored::decode))
        .filter(a -> a.url().equals(url));
    PageAnalysis full;
    if (known.isPresent()) {
      full = known.get();
    } else {
      Document doc = Jsoup.parse(decoder.decode(reader.body(p), p.contentType()).html(), url);
      try {
        full = analyzer.analyze(url, doc);
      } catch (RuntimeException e) {
        g.unreadable.add(url); // one odd page must not stop the report; it is listed instead
        return;
      }
      kept.put(p.url(), p.fetchedAt(), stored.encode(full));
    }
    PageAnalysis a = canonical(full, g.shared);
    if (g.pages.put(a.url(), a) == null && p.cut().isEmpty()) {
      g.marks.add(a.url(), full.marks()); // a page cut at the size limit may have lost its footer
    }
    g.pages.putIfAbsent(g.shared.shared(p.url()), a);
  }

  /** The stored page at {@code url}, parsed, when it is an HTML page. */
  private Optional<Document> parsedPage(PageReader reader, String url) {
    return storedPage(reader, url).filter(StoredPage::isHtml)
        .map(p -> Jsoup.parse(decoder.decode(p.body(), p.contentType()).html(), url));
  }

  /** The home page's feature entries, their URLs in canonical form so they compare with stored pages. */
  private SiteFeatures features(Document home) {
    SiteFeatures f = featureReader.read(home);
    return new SiteFeatures(canonical(f.search()), canonical(f.accessibility()), canonical(f.languages()),
        canonical(f.personal()));
  }

  /** What the crawl saw when it asked for the home page's feature entries, their URLs in canonical form. */
  private List<FeatureCheck> checks(PageReader reader) {
    return SavedFeatureChecks.read(reader.saved(SavedFeatureChecks.KEY)).stream()
        .map(c -> new FeatureCheck(c.feature(), normalizer.normalizeOrKeep(c.url()), c.label(), c.outcome(),
            c.status(), c.detail()))
        .toList();
  }

  private List<SiteFeatures.Entry> canonical(List<SiteFeatures.Entry> entries) {
    return entries.stream()
        .map(e -> new SiteFeatures.Entry(normalizer.normalizeOrKeep(e.url()), e.label(), e.script())).toList();
  }

  /** The stored page at {@code url}, with its body. */
  private static Optional<StoredPage> storedPage(PageReader reader, String url) {
    try {
      return reader.get(url);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the page store: " + e.getMessage(), e);
    }
  }

  /**
   * The analysis with its list and paging URLs in canonical form, so they compare with stored URLs,
   * only the metas the report reads ({@link #REPORTED_METAS}), and every value other pages repeat
   * (URLs, names, dates) shared, and no marks (the tally has them, and the home page's are read
   * from its page): a store of 200k pages keeps every analysis in memory.
   */
  private PageAnalysis canonical(PageAnalysis a, SharedValues shared) {
    List<ListItem> items = a.listItems().stream()
        .map(i -> new ListItem(i.title(), shared.shared(normalizer.normalizeOrKeep(i.url())), shared.shared(i.date()),
            shared.shared(i.dateText())))
        .toList();
    Pagination paging = a.pagination() == null ? new Pagination(1, List.of(shared.shared(a.url())))
        : new Pagination(a.pagination().pages(),
            a.pagination().urls().stream().map(u -> shared.shared(normalizer.normalizeOrKeep(u))).toList());
    return new PageAnalysis(shared.shared(a.url()), a.pageType(), a.title(), shared.shared(a.publishDate()),
        a.dateSource(), shared.shared(a.column()),
        shared.shared(List.copyOf(a.breadcrumb().stream().map(shared::shared).toList())),
        a.category(), a.interpretationKind(), items, paging, a.disclosure(), reportedMetas(a.meta(), shared),
        shared.shared(a.contentSource()), shared.shared(a.body()), FilingMarks.NONE, shared.shared(a.accessibility()),
        canonical(a.consultation()), a.interview());
  }

  /** The facts with the result page's URL in canonical form, so it compares with stored pages. */
  private ConsultationFacts canonical(ConsultationFacts c) {
    return c.result() == null ? c
        : new ConsultationFacts(c.opinions(), c.participants(), normalizer.normalizeOrKeep(c.result()));
  }

  private static Map<String, String> reportedMetas(Map<String, String> meta, SharedValues shared) {
    Map<String, String> kept = new LinkedHashMap<>();
    for (String name : REPORTED_METAS) {
      String value = meta.get(name);
      if (value != null) {
        kept.put(name, shared.shared(value));
      }
    }
    return kept;
  }
}
