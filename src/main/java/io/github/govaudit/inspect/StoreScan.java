package io.github.govaudit.inspect;

import io.github.govaudit.crawl.HtmlDecoder;
import io.github.govaudit.crawl.Link;
import io.github.govaudit.crawl.UrlNormalizer;
import io.github.govaudit.marks.FilingMarks;
import io.github.govaudit.marks.FilingMarksReader;
import io.github.govaudit.store.PageReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the store once for what the inspection needs beyond the counting stage: each URL's stored
 * answer, each link target with its sources and anchor texts, and from each HTML page's body its
 * images and filing marks (read by {@link FilingMarksReader}, as the report does).
 */
final class StoreScan {

  private final HtmlDecoder decoder = new HtmlDecoder();
  private final FilingMarksReader marksReader = new FilingMarksReader();
  private final UrlNormalizer normalizer;

  StoreScan(UrlNormalizer normalizer) {
    this.normalizer = normalizer;
  }

  ScannedSite scan(PageReader reader) {
    Map<String, StoredAnswer> answers = new TreeMap<>();
    Map<String, List<LinkSource>> links = new TreeMap<>();
    Map<String, List<LinkSource>> images = new TreeMap<>();
    Map<String, FilingMarks> marks = new TreeMap<>();
    reader.forEach(p -> {
      answers.put(p.url(), new StoredAnswer(p.status(), normalizer.normalizeOrKeep(p.finalUrl()), p.error(), p.title(),
          String.valueOf(p.fetchedAt())));
      String page = normalizer.normalizeOrKeep(p.finalUrl());
      if (!p.isHtml()) {
        return;
      }
      for (Link l : p.links()) {
        links.computeIfAbsent(l.url(), k -> new ArrayList<>()).add(new LinkSource(page, l.anchor()));
      }
      Document doc = Jsoup.parse(decoder.decode(p.body(), p.contentType()).html(), page);
      for (Element img : doc.select("img[src]")) {
        String src = img.absUrl("src");
        if (src.startsWith("http://") || src.startsWith("https://")) {
          images.computeIfAbsent(normalizer.normalizeOrKeep(src), k -> new ArrayList<>())
              .add(new LinkSource(page, img.attr("alt")));
        }
      }
      if (p.cut().isEmpty()) {
        marks.putIfAbsent(page, marksReader.read(doc));
      }
    });
    return new ScannedSite(answers, links, images, marks);
  }
}
