package io.github.govaudit.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.govaudit.crawl.FetchedPage;
import io.github.govaudit.crawl.Link;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/** Turns pages into Lucene documents and back: the store's one place that knows the field names. */
final class PageDocuments {

  static final String URL = "url";
  static final String FINAL_URL = "final_url";
  static final String STATUS = "status";
  static final String CONTENT_TYPE = "content_type";
  static final String CHARSET = "charset";
  static final String FETCHED_AT = "fetched_at";
  static final String ETAG = "etag";
  static final String LAST_MODIFIED = "last_modified";
  static final String BODY = "body_gz";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String LINKS = "links";
  static final String LINK_TARGET = "link";
  static final String DEPTH = "depth";
  static final String ERROR = "error";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<List<String>>> PAIRS = new TypeReference<>() {};

  private PageDocuments() {}

  static Document toDocument(FetchedPage p) {
    Document d = new Document();
    d.add(new StringField(URL, p.url(), Field.Store.YES));
    d.add(new StoredField(FINAL_URL, p.finalUrl()));
    d.add(new IntPoint(STATUS, p.status()));
    d.add(new StoredField(STATUS, p.status()));
    d.add(new StringField(CONTENT_TYPE, p.contentType(), Field.Store.YES));
    d.add(new StoredField(CHARSET, p.charset()));
    d.add(new LongPoint(FETCHED_AT, p.fetchedAt().toEpochMilli()));
    d.add(new StoredField(FETCHED_AT, p.fetchedAt().toEpochMilli()));
    d.add(new StoredField(ETAG, p.etag()));
    d.add(new StoredField(LAST_MODIFIED, p.lastModified()));
    d.add(new StoredField(BODY, new BytesRef(gzip(p.body()))));
    d.add(new TextField(TITLE, p.title(), Field.Store.YES));
    d.add(new TextField(TEXT, p.text(), Field.Store.NO));
    d.add(new StoredField(LINKS, linksJson(p.links())));
    for (Link l : p.links()) {
      d.add(new StringField(LINK_TARGET, l.url(), Field.Store.NO));
    }
    d.add(new StoredField(DEPTH, p.depth()));
    d.add(new StoredField(ERROR, p.error()));
    return d;
  }

  static StoredPage fromDocument(Document d) {
    return new StoredPage(
        d.get(URL), d.get(FINAL_URL), d.getField(STATUS).numericValue().intValue(), d.get(CONTENT_TYPE),
        d.get(CHARSET), Instant.ofEpochMilli(d.getField(FETCHED_AT).numericValue().longValue()),
        d.get(ETAG), d.get(LAST_MODIFIED), gunzip(d.getBinaryValue(BODY)), d.get(TITLE),
        links(d.get(LINKS)), d.getField(DEPTH).numericValue().intValue(), d.get(ERROR));
  }

  static List<Link> links(String json) {
    try {
      List<Link> links = new ArrayList<>();
      for (List<String> pair : JSON.readValue(json, PAIRS)) {
        links.add(new Link(pair.get(0), pair.get(1)));
      }
      return links;
    } catch (IOException e) {
      throw new UncheckedIOException("corrupt links field in the page store", e);
    }
  }

  private static String linksJson(List<Link> links) {
    try {
      return JSON.writeValueAsString(links.stream().map(l -> List.of(l.url(), l.anchor())).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 32);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] gunzip(BytesRef ref) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(ref.bytes, ref.offset, ref.length))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("corrupt body in the page store", e);
    }
  }
}
