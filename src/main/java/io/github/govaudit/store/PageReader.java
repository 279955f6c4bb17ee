package io.github.govaudit.store;

import io.github.govaudit.crawl.Link;
import io.github.govaudit.crawl.Seed;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/** Reads a page store: every stored page in turn, one page by URL, or full-text search. */
public final class PageReader implements Closeable {

  private final DirectoryReader reader;
  private final FSDirectory directory;
  private final CrawlRecord record;

  private PageReader(DirectoryReader reader, FSDirectory directory) throws IOException {
    this.reader = reader;
    this.directory = directory;
    this.record = CrawlRecord.fromCommitData(reader.getIndexCommit().getUserData());
  }

  /** Opens the store in {@code dataDir}; empty when no crawl has stored anything there. */
  public static Optional<PageReader> open(Path dataDir) throws IOException {
    Path dir = StoreLayout.pagesDir(dataDir);
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    FSDirectory fs = FSDirectory.open(dir);
    try {
      if (!DirectoryReader.indexExists(fs)) {
        fs.close();
        return Optional.empty();
      }
      return Optional.of(new PageReader(DirectoryReader.open(fs), fs));
    } catch (IOException | RuntimeException e) {
      fs.close();
      throw e;
    }
  }

  /** What the store knows of the crawls that filled it, or null. */
  public CrawlRecord record() {
    return record;
  }

  /** Number of stored responses. */
  public int count() {
    return reader.numDocs();
  }

  /** Calls {@code action} with every stored page, one at a time (memory stays flat). */
  public void forEach(Consumer<StoredPage> action) {
    forEachDocument(null, d -> action.accept(PageDocuments.fromDocument(d)));
  }

  /** Calls {@code action} with every live document, reading only {@code fields} (all when null). */
  private void forEachDocument(Set<String> fields, Consumer<Document> action) {
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader r = leaf.reader();
        Bits live = r.getLiveDocs();
        StoredFields stored = r.storedFields();
        for (int i = 0; i < r.maxDoc(); i++) {
          if (live == null || live.get(i)) {
            action.accept(fields == null ? stored.document(i) : stored.document(i, fields));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the page store: " + e.getMessage(), e);
    }
  }

  /** The stored page for {@code url}, if any. */
  public Optional<StoredPage> get(String url) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    TopDocs top = searcher.search(new TermQuery(new Term(PageDocuments.URL, url)), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    return Optional.of(PageDocuments.fromDocument(searcher.storedFields().document(top.scoreDocs[0].doc)));
  }

  /** Every URL stored with a response; URLs that got no response at all are left to retry. */
  public Set<String> urls() {
    Set<String> urls = new HashSet<>();
    forEachUrlAndLinks((url, answered, depth, links) -> {
      if (answered) {
        urls.add(url);
      }
    });
    return urls;
  }

  /** URLs stored without any response (connection refused, timeout): to be tried again. */
  public List<Seed> unanswered() {
    List<Seed> seeds = new ArrayList<>();
    forEachUrlAndLinks((url, answered, depth, links) -> {
      if (!answered) {
        seeds.add(new Seed(url, Math.max(depth, 0)));
      }
    });
    return seeds;
  }

  /**
   * Links of stored pages that were not stored themselves and that {@code fetchable} accepts:
   * what an interrupted crawl still had to visit.
   */
  public List<Seed> pendingLinks(Predicate<String> fetchable) {
    Set<String> stored = urls();
    Map<String, Integer> pending = new LinkedHashMap<>();
    forEachUrlAndLinks((url, answered, depth, links) -> {
      for (Link l : links) {
        if (!stored.contains(l.url()) && fetchable.test(l.url())) {
          pending.merge(l.url(), Math.max(depth, 0) + 1, Math::min); // one step below the nearest page linking it
        }
      }
    });
    return pending.entrySet().stream().map(e -> new Seed(e.getKey(), e.getValue())).toList();
  }

  /**
   * Full-text search over titles and text with the Chinese analyzer, best first.
   *
   * @throws IllegalArgumentException when the query cannot be parsed
   */
  public List<StoredPage> search(String query, int max) throws IOException {
    Query q;
    try {
      QueryParser parser = new MultiFieldQueryParser(
          new String[] {PageDocuments.TITLE, PageDocuments.TEXT}, PageStore.analyzer());
      parser.setDefaultOperator(QueryParser.Operator.AND);
      q = parser.parse(query);
    } catch (ParseException e) {
      throw new IllegalArgumentException("cannot read the query '" + query + "': " + e.getMessage().lines().findFirst().orElse(""));
    }
    IndexSearcher searcher = new IndexSearcher(reader);
    List<StoredPage> hits = new ArrayList<>();
    ScoreDoc[] found;
    try {
      found = searcher.search(q, max).scoreDocs;
    } catch (IndexSearcher.TooManyClauses e) {
      throw new IllegalArgumentException("the query '" + query + "' matches too many words; make it more precise");
    }
    for (ScoreDoc sd : found) {
      hits.add(PageDocuments.fromDocument(searcher.storedFields().document(sd.doc)));
    }
    return hits;
  }

  private interface UrlVisitor {
    void visit(String url, boolean answered, int depth, List<Link> links);
  }

  private void forEachUrlAndLinks(UrlVisitor action) {
    forEachDocument(Set.of(PageDocuments.URL, PageDocuments.LINKS, PageDocuments.STATUS, PageDocuments.DEPTH), d -> {
      boolean answered = d.getField(PageDocuments.STATUS).numericValue().intValue() > 0;
      int depth = d.getField(PageDocuments.DEPTH).numericValue().intValue();
      action.visit(d.get(PageDocuments.URL), answered, depth, PageDocuments.links(d.get(PageDocuments.LINKS)));
    });
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }
}
