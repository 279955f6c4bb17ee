package io.github.govaudit.inspect;

import io.github.govaudit.crawl.HtmlDecoder;
import io.github.govaudit.crawl.Link;
import io.github.govaudit.crawl.UrlNormalizer;
import io.github.govaudit.marks.FilingMarks;
import io.github.govaudit.marks.FilingMarksReader;
import io.github.govaudit.store.PageReader;
import io.github.govaudit.store.StoredPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the store once, on every core, for what the inspection needs beyond the counting stage: each
 * URL's stored answer, each link target with its sources and anchor texts, and from each HTML page's
 * body its images and filing marks (read by {@link FilingMarksReader}, as the report does).
 */
final class StoreScan {

  private final HtmlDecoder decoder = new HtmlDecoder();
  private final FilingMarksReader marksReader = new FilingMarksReader();
  private final UrlNormalizer normalizer;

  StoreScan(UrlNormalizer normalizer) {
    this.normalizer = normalizer;
  }

  ScannedSite scan(PageReader reader, String homeUrl) {
    Map<String, StoredAnswer> answers = new ConcurrentHashMap<>();
    Map<String, LinkSources> links = new ConcurrentHashMap<>();
    Map<String, LinkSources> images = new ConcurrentHashMap<>();
    Map<String, FilingMarks> marks = new ConcurrentHashMap<>();
    reader.forEachWithoutBody(Runtime.getRuntime().availableProcessors(), p -> {
      String page = normalizer.normalizeOrKeep(p.finalUrl());
      answers.put(p.url(), new StoredAnswer(p.status(), page, p.error(), p.title(), String.valueOf(p.fetchedAt())));
      if (!p.isHtml()) {
        return;
      }
      boolean home = page.equals(homeUrl);
      for (Link l : p.links()) {
        links.computeIfAbsent(l.url(), k -> new LinkSources()).add(new LinkSource(page, l.anchor()), home);
      }
      Document doc = Jsoup.parse(decoder.decode(body(reader, p), p.contentType()).html(), page);
      for (Element img : doc.select("img[src]")) {
        String src = img.absUrl("src");
        if (src.startsWith("http://") || src.startsWith("https://")) {
          images.computeIfAbsent(normalizer.normalizeOrKeep(src), k -> new LinkSources())
              .add(new LinkSource(page, img.attr("alt")), home);
        }
      }
      if (p.cut().isEmpty()) {
        marks.putIfAbsent(page, marksReader.read(doc));
      }
    });
    return new ScannedSite(new TreeMap<>(answers), new TreeMap<>(links), new TreeMap<>(images), new TreeMap<>(marks));
  }

  private static byte[] body(PageReader reader, StoredPage p) {
    try {
      return reader.get(p.url()).map(StoredPage::body).orElse(new byte[0]);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the page store: " + e.getMessage(), e);
    }
  }
}
