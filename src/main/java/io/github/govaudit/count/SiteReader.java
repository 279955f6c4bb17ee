package io.github.govaudit.count;

import io.github.govaudit.crawl.HtmlDecoder;
import io.github.govaudit.crawl.Link;
import io.github.govaudit.crawl.UrlNormalizer;
import io.github.govaudit.marks.FilingMarks;
import io.github.govaudit.marks.FilingMarksReader;
import io.github.govaudit.page.ListItem;
import io.github.govaudit.page.PageAnalysis;
import io.github.govaudit.page.PageAnalyzer;
import io.github.govaudit.page.Pagination;
import io.github.govaudit.page.StoredAnalysis;
import io.github.govaudit.store.CrawlRecord;
import io.github.govaudit.store.PageReader;
import io.github.govaudit.store.StoredPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Builds a {@link Site} from the page store alone: every stored HTML page understood. A page's
 * analysis stored at crawl time by this same build is used as it is; any other page is decoded and
 * analysed again, on every core.
 */
public final class SiteReader {

  /** The metas the report reads of a page; the others are dropped once the page is understood. */
  private static final List<String> REPORTED_METAS = List.of(BasicInfo.SITE_NAME_META);

  private final PageAnalyzer analyzer;
  private final StoredAnalysis stored;
  private final UrlNormalizer normalizer;
  private final HtmlDecoder decoder = new HtmlDecoder();
  private final FilingMarksReader marksReader = new FilingMarksReader();

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
    final Map<String, Map<String, Integer>> anchorCounts = new HashMap<>();
    final Map<String, String> redirects = new HashMap<>();
    final List<String> unreadable = Collections.synchronizedList(new ArrayList<>());
    volatile FilingMarks homeMarks;
    int errors;
  }

  /** Reads the whole store. */
  public Site read(PageReader reader) {
    CrawlRecord record = reader.record();
    Gathered g = new Gathered();
    try (ParallelWork work = new ParallelWork()) {
      reader.forEachWithoutBody(p -> {
        gatherLinks(p, g);
        if (p.isHtml()) {
          work.submit(() -> understand(p, reader, record, g));
        }
      });
    }
    Map<String, String> anchors = new HashMap<>();
    g.anchorCounts.forEach((url, counts) -> anchors.put(url,
        counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey()));
    Set<String> hosts = Set.copyOf(record == null ? List.of() : record.allowedHosts());
    Map<String, PageAnalysis> pages = new HashMap<>(g.pages);
    List<String> unreadable = List.copyOf(g.unreadable).stream().sorted().toList();
    Site draft = new Site(record, "", pages, anchors, Optional.empty(), hosts, reader.count(), g.errors,
        g.redirects, unreadable);
    String homeUrl = record == null ? "" : draft.afterRedirects(record.home());
    FilingMarks marks = g.homeMarks != null ? g.homeMarks : marksOf(reader, homeUrl);
    return new Site(record, homeUrl, pages, anchors, Optional.ofNullable(marks), hosts, reader.count(), g.errors,
        g.redirects, unreadable);
  }

  /** Redirects, errors and anchor texts: read in the store's order, on one thread. */
  private void gatherLinks(StoredPage p, Gathered g) {
    if (p.status() >= 300 && p.status() < 400 && !p.finalUrl().equals(p.url())) {
      g.redirects.put(p.url(), normalizer.normalizeOrKeep(p.finalUrl()));
    }
    if (p.isError()) {
      g.errors++;
    }
    for (Link l : p.links()) {
      if (!l.anchor().isBlank() && l.anchor().length() <= 40) {
        g.anchorCounts.computeIfAbsent(l.url(), k -> new HashMap<>()).merge(l.anchor(), 1, Integer::sum);
      }
    }
  }

  /**
   * One HTML page understood, from its stored analysis or else from its body (read only then); runs
   * on a worker thread.
   */
  private void understand(StoredPage p, PageReader reader, CrawlRecord record, Gathered g) {
    String url = normalizer.normalizeOrKeep(p.finalUrl());
    Optional<PageAnalysis> known = stored.decode(p.analysis()).filter(a -> a.url().equals(url));
    PageAnalysis a;
    if (known.isPresent()) {
      a = canonical(known.get());
    } else {
      boolean home = record != null && (p.url().equals(record.home()) || url.equals(record.home()));
      Document doc = Jsoup.parse(decoder.decode(bodyOf(reader, p), p.contentType()).html(), url);
      try {
        a = canonical(analyzer.analyze(url, doc));
      } catch (RuntimeException e) {
        g.unreadable.add(url); // one odd page must not stop the report; it is listed instead
        return;
      }
      if (home) {
        g.homeMarks = marksReader.read(doc);
      }
    }
    g.pages.put(url, a);
    g.pages.putIfAbsent(p.url(), a);
  }

  private static byte[] bodyOf(PageReader reader, StoredPage p) {
    return storedPage(reader, p.url()).map(StoredPage::body).orElse(new byte[0]);
  }

  /** The marks of the stored page at {@code url}, or null when it is not a stored HTML page. */
  private FilingMarks marksOf(PageReader reader, String url) {
    return storedPage(reader, url).filter(StoredPage::isHtml)
        .map(p -> marksReader.read(Jsoup.parse(decoder.decode(p.body(), p.contentType()).html(), url)))
        .orElse(null);
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
   * and only the metas the report reads ({@link #REPORTED_METAS}): a store of 200k pages keeps every
   * analysis in memory, and the other metas (descriptions, keywords) were most of it.
   */
  private PageAnalysis canonical(PageAnalysis a) {
    List<ListItem> items = a.listItems().stream()
        .map(i -> new ListItem(i.title(), normalizer.normalizeOrKeep(i.url()), i.date(), i.dateText()))
        .toList();
    Pagination paging = a.pagination() == null ? new Pagination(1, List.of(a.url()))
        : new Pagination(a.pagination().pages(), a.pagination().urls().stream().map(normalizer::normalizeOrKeep).toList());
    return new PageAnalysis(a.url(), a.pageType(), a.title(), a.publishDate(), a.dateSource(), a.column(),
        a.breadcrumb(), a.category(), a.interpretationKind(), items, paging, a.disclosure(),
        reportedMetas(a.meta()), a.contentSource(), a.body());
  }

  private static Map<String, String> reportedMetas(Map<String, String> meta) {
    Map<String, String> kept = new HashMap<>();
    for (String name : REPORTED_METAS) {
      String value = meta.get(name);
      if (value != null) {
        kept.put(name, value);
      }
    }
    return kept;
  }
}
