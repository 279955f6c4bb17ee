package io.github.govaudit.store;

import io.github.govaudit.crawl.FetchedPage;
import io.github.govaudit.crawl.Link;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/**
 * Turns pages into Lucene documents and back: the store's one place that knows the field names.
 * Only the URL is indexed (to find and replace a page); the rest is stored, since every reader
 * reads pages whole and no search asks for a status, a date or a link target.
 * A page's body is a document of its own in the bodies index ({@link #toBodyDocument}), stored raw
 * (Lucene compresses stored fields). Older stores kept it in the page's document, raw or gzip'd
 * under {@code body_gz}; those are still read.
 */
final class PageDocuments {

  static final String URL = "url";
  static final String FINAL_URL = "final_url";
  static final String STATUS = "status";
  static final String CONTENT_TYPE = "content_type";
  static final String CHARSET = "charset";
  static final String FETCHED_AT = "fetched_at";
  static final String CHECKED_AT = "checked_at";
  static final String ETAG = "etag";
  static final String LAST_MODIFIED = "last_modified";
  static final String BODY = "body";
  static final String OLD_BODY = "body_gz";
  static final String TITLE = "title";
  static final String LINKS = "links";
  static final String DEPTH = "depth";
  static final String ERROR = "error";
  static final String CUT = "cut";
  static final String HUB = "hub";
  static final String ANALYSIS = "analysis";
  /** Every stored field but the body: what a reader of stored analyses needs. */
  static final Set<String> ALL_BUT_BODY = Set.of(URL, FINAL_URL, STATUS, CONTENT_TYPE, CHARSET, FETCHED_AT,
      CHECKED_AT, ETAG, LAST_MODIFIED, TITLE, LINKS, DEPTH, ERROR, CUT, HUB, ANALYSIS);

  private PageDocuments() {}

  /** The document of a page's body, for the bodies index. */
  static Document toBodyDocument(String url, byte[] body) {
    Document d = new Document();
    d.add(new StringField(URL, url, Field.Store.NO));
    d.add(new StoredField(BODY, new BytesRef(body)));
    return d;
  }

  /** The document of a page just fetched, without its body: checked when fetched. */
  static Document toDocument(FetchedPage p) {
    return toDocument(p, p.fetchedAt());
  }

  static Document toDocument(FetchedPage p, Instant checkedAt) {
    Document d = new Document();
    d.add(new StringField(URL, p.url(), Field.Store.YES));
    d.add(new StoredField(FINAL_URL, p.finalUrl()));
    d.add(new StoredField(STATUS, p.status()));
    d.add(new StoredField(CONTENT_TYPE, p.contentType()));
    d.add(new StoredField(CHARSET, p.charset()));
    d.add(new StoredField(FETCHED_AT, p.fetchedAt().toEpochMilli()));
    d.add(new StoredField(CHECKED_AT, checkedAt.toEpochMilli()));
    d.add(new StoredField(ETAG, p.etag()));
    d.add(new StoredField(LAST_MODIFIED, p.lastModified()));
    d.add(new StoredField(TITLE, p.title()));
    d.add(new StoredField(LINKS, LinkCodec.encode(p.links())));
    d.add(new StoredField(DEPTH, p.depth()));
    d.add(new StoredField(ERROR, p.error()));
    d.add(new StoredField(CUT, p.cut()));
    d.add(new StoredField(HUB, p.hub() ? 1 : 0));
    d.add(new StoredField(ANALYSIS, new BytesRef(p.analysis())));
    return d;
  }

  static StoredPage fromDocument(Document d) {
    return new StoredPage(
        d.get(URL), d.get(FINAL_URL), intOf(d, STATUS, 0), d.get(CONTENT_TYPE), orEmpty(d.get(CHARSET)),
        Instant.ofEpochMilli(longOf(d, FETCHED_AT)), checkedAt(d), orEmpty(d.get(ETAG)),
        orEmpty(d.get(LAST_MODIFIED)), body(d), orEmpty(d.get(TITLE)), links(d.get(LINKS)), intOf(d, DEPTH, -1),
        orEmpty(d.get(ERROR)), orEmpty(d.get(CUT)), isHub(d), bytes(d, ANALYSIS));
  }

  /** The page as the crawler would hand it over again, for rewriting its document. */
  static FetchedPage toFetched(StoredPage p) {
    return new FetchedPage(p.url(), p.finalUrl(), p.status(), p.contentType(), p.charset(), "", p.fetchedAt(),
        p.etag(), p.lastModified(), p.body(), p.title(), p.links(), p.depth(), p.error(), p.cut(), p.hub(),
        p.analysis());
  }

  static Instant checkedAt(Document d) {
    IndexableField f = d.getField(CHECKED_AT);
    return Instant.ofEpochMilli(f != null ? f.numericValue().longValue() : longOf(d, FETCHED_AT));
  }

  /** Whether the page leads to others; stores from before this field say so of the home page. */
  static boolean isHub(Document d) {
    IndexableField f = d.getField(HUB);
    return f != null ? f.numericValue().intValue() == 1 : intOf(d, DEPTH, 99) == 0;
  }

  static int intOf(Document d, String field, int missing) {
    IndexableField f = d.getField(field);
    return f == null ? missing : f.numericValue().intValue();
  }

  private static long longOf(Document d, String field) {
    IndexableField f = d.getField(field);
    return f == null ? 0 : f.numericValue().longValue();
  }

  static List<Link> links(String stored) {
    return stored == null ? List.of() : LinkCodec.decode(stored);
  }

  /** The body a document holds: a body document's, or an old page document's; empty when none. */
  static byte[] body(Document d) {
    BytesRef raw = d.getBinaryValue(BODY);
    if (raw != null) {
      return BytesRef.deepCopyOf(raw).bytes;
    }
    BytesRef old = d.getBinaryValue(OLD_BODY);
    return old == null ? new byte[0] : gunzip(old);
  }

  private static byte[] bytes(Document d, String field) {
    BytesRef b = d.getBinaryValue(field);
    return b == null ? new byte[0] : BytesRef.deepCopyOf(b).bytes;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static byte[] gunzip(BytesRef ref) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(ref.bytes, ref.offset, ref.length))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("corrupt body in the page store", e);
    }
  }

  /** Keeps the links of a page as one string: a line per link, URL and anchor split by a tab. */
  static final class LinkCodec {

    private LinkCodec() {}

    static String encode(List<Link> links) {
      StringBuilder b = new StringBuilder(links.size() * 64);
      for (Link l : links) {
        b.append(clean(l.url())).append('\t').append(clean(l.anchor())).append('\n');
      }
      return b.toString();
    }

    static List<Link> decode(String s) {
      if (s.startsWith("[")) {
        return OldJsonLinks.decode(s);
      }
      List<Link> links = new ArrayList<>();
      int start = 0;
      while (start < s.length()) {
        int end = s.indexOf('\n', start);
        end = end < 0 ? s.length() : end;
        int tab = s.indexOf('\t', start);
        if (tab > start && tab < end) {
          links.add(new Link(s.substring(start, tab), s.substring(tab + 1, end)));
        }
        start = end + 1;
      }
      return links;
    }

    private static String clean(String s) {
      return s.indexOf('\t') < 0 && s.indexOf('\n') < 0 ? s : s.replace('\t', ' ').replace('\n', ' ');
    }
  }

  /** Links as stores before this version kept them: a JSON array of [url, anchor] pairs. */
  private static final class OldJsonLinks {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    static List<Link> decode(String json) {
      try {
        List<Link> links = new ArrayList<>();
        for (List<String> pair : JSON.readValue(json,
            new com.fasterxml.jackson.core.type.TypeReference<List<List<String>>>() {})) {
          links.add(new Link(pair.get(0), pair.get(1)));
        }
        return links;
      } catch (IOException e) {
        throw new UncheckedIOException("corrupt links field in the page store", e);
      }
    }
  }
}
