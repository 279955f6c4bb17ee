package io.github.govaudit.store;

import io.github.govaudit.crawl.HtmlDecoder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.jsoup.Jsoup;

/**
 * The full-text index of a store's pages under {@code DATA/search}, with smartcn word
 * segmentation. Segmenting every page's text costs more than fetching it, so the crawl does not
 * do it: the index is built from the stored bodies at the first search after a crawl changed the
 * store, then reused.
 */
public final class SearchIndex {

  private static final String URL = "url";
  private static final String TITLE = "title";
  private static final String TEXT = "text";
  private static final String PAGES_VERSION = "pages_version";

  private final HtmlDecoder decoder = new HtmlDecoder();

  /**
   * Finds pages matching {@code query} (all words), best first, building the index first when it is
   * missing or older than {@code pages}.
   *
   * @param building told how many pages are about to be indexed, before a (re)build
   * @return the URLs of the hits
   * @throws IllegalArgumentException when the query cannot be parsed
   */
  public List<String> search(Path dataDir, PageReader pages, String query, int max,
      java.util.function.IntConsumer building) throws IOException {
    Path dir = StoreLayout.searchDir(dataDir);
    try (FSDirectory fs = FSDirectory.open(dir)) {
      if (!current(fs, pages)) {
        building.accept(pages.count());
        build(fs, pages);
      }
      try (DirectoryReader reader = DirectoryReader.open(fs)) {
        return hits(new IndexSearcher(reader), parse(query), max);
      }
    }
  }

  private static boolean current(FSDirectory fs, PageReader pages) throws IOException {
    if (!DirectoryReader.indexExists(fs)) {
      return false;
    }
    try (DirectoryReader r = DirectoryReader.open(fs)) {
      return Long.toString(pages.version()).equals(r.getIndexCommit().getUserData().get(PAGES_VERSION));
    }
  }

  private void build(FSDirectory fs, PageReader pages) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    try (IndexWriter writer = new IndexWriter(fs, config)) {
      pages.forEach(p -> {
        if (!p.isHtml()) {
          return;
        }
        Document d = new Document();
        d.add(new StringField(URL, p.url(), Field.Store.YES));
        d.add(new TextField(TITLE, p.title(), Field.Store.NO));
        org.jsoup.nodes.Document doc = Jsoup.parse(decoder.decode(p.body(), p.contentType()).html(), p.finalUrl());
        d.add(new TextField(TEXT, doc.body() == null ? "" : doc.body().text(), Field.Store.NO));
        try {
          writer.addDocument(d);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      writer.setLiveCommitData(Map.of(PAGES_VERSION, Long.toString(pages.version())).entrySet());
      writer.commit();
    }
  }

  /** smartcn word segmentation, for indexing and for queries alike. */
  private static Analyzer analyzer() {
    return new SmartChineseAnalyzer();
  }

  private static Query parse(String query) {
    try {
      QueryParser parser = new MultiFieldQueryParser(new String[] {TITLE, TEXT}, analyzer());
      parser.setDefaultOperator(QueryParser.Operator.AND);
      return parser.parse(query);
    } catch (ParseException e) {
      throw new IllegalArgumentException("cannot read the query '" + query + "': "
          + e.getMessage().lines().findFirst().orElse(""));
    }
  }

  private static List<String> hits(IndexSearcher searcher, Query q, int max) throws IOException {
    ScoreDoc[] found;
    try {
      found = searcher.search(q, max).scoreDocs;
    } catch (IndexSearcher.TooManyClauses e) {
      throw new IllegalArgumentException("the query matches too many words; make it more precise");
    }
    List<String> urls = new ArrayList<>();
    for (ScoreDoc sd : found) {
      urls.add(searcher.storedFields().document(sd.doc).get(URL));
    }
    return urls;
  }
}
