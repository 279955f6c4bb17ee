package io.github.govaudit.inspect;

import io.github.govaudit.crawl.AnchorLinks;
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
 * URL's stored answer, and from each HTML page's body the links a reader sees (anchors, areas, frames;
 * not the paging URLs the crawl guesses from scripts) with their anchor texts, its images and its
 * filing marks (read by {@link FilingMarksReader}, as the report does).
 */
final class StoreScan {

  /**
   * Script that loads a list after the page arrives (Hanweb data proxy, gkmlpt API, ajax calls): a list
   * page showing none of its items may only have been read before its script ran.
   */
  private static final java.util.regex.Pattern SCRIPTED_LIST = java.util.regex.Pattern.compile(
      "(?i)dataproxy\\.jsp|/gkmlpt/api|\\$\\.(?:ajax|get|post|getJSON)\\(|XMLHttpRequest|axios\\.|fetch\\(");

  /** The text of a list that says it is empty. */
  private static final java.util.regex.Pattern SAYS_EMPTY =
      java.util.regex.Pattern.compile("暂无(?:相关)?(?:数据|信息|内容|记录|文章)|共\\s*0\\s*条");

  private final HtmlDecoder decoder = new HtmlDecoder();
  private final AnchorLinks anchors = new AnchorLinks();
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
    java.util.Set<String> scripted = ConcurrentHashMap.newKeySet();
    reader.forEachWithoutBody(Runtime.getRuntime().availableProcessors(), p -> {
      String page = normalizer.normalizeOrKeep(p.finalUrl());
      answers.put(p.url(), new StoredAnswer(p.status(), page, p.error(), p.title(), String.valueOf(p.fetchedAt())));
      if (!p.isHtml()) {
        return;
      }
      boolean home = page.equals(homeUrl);
      Document doc = Jsoup.parse(decoder.decode(body(reader, p), p.contentType()).html(), page);
      for (Link l : anchors.links(page, doc)) { // what a reader sees, not the URLs the crawl guessed from scripts
        links.computeIfAbsent(normalizer.normalizeOrKeep(l.url()), k -> new LinkSources())
            .add(new LinkSource(page, l.anchor()), home);
      }
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
      if (SCRIPTED_LIST.matcher(doc.select("script").html()).find() && !SAYS_EMPTY.matcher(doc.text()).find()) {
        scripted.add(page);
      }
    });
    return new ScannedSite(new TreeMap<>(answers), new TreeMap<>(links), new TreeMap<>(images), new TreeMap<>(marks),
        java.util.Set.copyOf(scripted));
  }

  private static byte[] body(PageReader reader, StoredPage p) {
    try {
      return reader.get(p.url()).map(StoredPage::body).orElse(new byte[0]);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the page store: " + e.getMessage(), e);
    }
  }
}
