package io.github.govaudit.count;

import io.github.govaudit.crawl.DecodedPage;
import io.github.govaudit.crawl.HtmlDecoder;
import io.github.govaudit.crawl.Prober;
import io.github.govaudit.crawl.UrlNormalizer;
import io.github.govaudit.features.FeatureCheck;
import io.github.govaudit.features.FeatureChecker;
import io.github.govaudit.features.FeatureReader;
import io.github.govaudit.page.PageAnalysis;
import io.github.govaudit.page.PageAnalyzer;
import io.github.govaudit.page.PageType;
import io.github.govaudit.page.StoredAnalysis;
import io.github.govaudit.profile.Build;
import io.github.govaudit.profile.CrawlProfile;
import io.github.govaudit.store.PageReader;
import io.github.govaudit.store.StoredPage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * After a finished crawl, asks the site whether its home page's feature entries work (a search
 * for a stored article's title, each language version, each 无障碍 toolbar and entry): a few
 * requests, as polite as the crawl, whose results the report reads from the store.
 */
public final class FeatureCheckRun {

  private static final int MAX_REDIRECTS = 5;
  private static final int MIN_TITLE = 6;
  private static final int MAX_TITLE = 60;
  private static final int MAX_LOOKUPS = 200;

  private final UrlNormalizer normalizer;
  private final HtmlDecoder decoder = new HtmlDecoder();
  private final PageAnalyzer analyzer = new PageAnalyzer();
  private final StoredAnalysis stored = new StoredAnalysis(Build.ID);

  public FeatureCheckRun(UrlNormalizer normalizer) {
    this.normalizer = normalizer;
  }

  /** The checks of the entries of the home page stored in {@code dataDir}; none without one. */
  public List<FeatureCheck> run(CrawlProfile profile, Path dataDir, String home) throws IOException {
    Optional<PageReader> opened = PageReader.open(dataDir);
    if (opened.isEmpty()) {
      return List.of();
    }
    try (PageReader reader = opened.get(); Prober prober = new Prober(profile)) {
      Optional<StoredPage> page = homePage(reader, home);
      if (page.isEmpty()) {
        return List.of();
      }
      String url = normalizer.normalizeOrKeep(page.get().finalUrl());
      DecodedPage decoded = decoder.decode(page.get().body(), page.get().contentType());
      Document doc = Jsoup.parse(decoded.html(), url);
      return new FeatureChecker(prober).check(doc, decoded.charset(), new FeatureReader().read(doc),
          knownArticle(reader, doc));
    }
  }

  /** The home page as it answered, after its stored redirects. */
  private Optional<StoredPage> homePage(PageReader reader, String home) throws IOException {
    Optional<StoredPage> p = reader.get(home);
    for (int hop = 0; hop < MAX_REDIRECTS && p.isPresent() && p.get().status() >= 300 && p.get().status() < 400;
        hop++) {
      p = reader.get(normalizer.normalizeOrKeep(p.get().finalUrl()));
    }
    return p.filter(StoredPage::isHtml);
  }

  /** Whether the stored page is an article: by its stored analysis, else read again from its body. */
  private boolean isArticle(StoredPage p) {
    PageType type = stored.decode(p.analysis()).map(PageAnalysis::pageType).orElseGet(() -> {
      String url = normalizer.normalizeOrKeep(p.finalUrl());
      return analyzer.analyze(url, Jsoup.parse(decoder.decode(p.body(), p.contentType()).html(), url)).pageType();
    });
    return type == PageType.ITEM || type == PageType.DISCLOSURE_ITEM;
  }

  /**
   * The first article the home page links to with a title worth searching for, that the crawl
   * stored (understood as an article when it was crawled).
   */
  private Optional<FeatureChecker.KnownArticle> knownArticle(PageReader reader, Document home) throws IOException {
    int asked = 0;
    for (Element a : home.select("a[href]")) {
      String title = a.text().strip();
      if (title.length() < MIN_TITLE || title.length() > MAX_TITLE || title.endsWith("…") || title.endsWith("...")) {
        continue;
      }
      String url = normalizer.normalizeOrKeep(a.absUrl("href"));
      if (reader.get(url).filter(p -> p.isHtml() && !p.hub() && isArticle(p)).isPresent()) {
        return Optional.of(new FeatureChecker.KnownArticle(url, title));
      }
      if (++asked == MAX_LOOKUPS) {
        break;
      }
    }
    return Optional.empty();
  }
}
