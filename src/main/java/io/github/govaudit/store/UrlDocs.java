package io.github.govaudit.store;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Finds the live document of one URL by its URL term, segment by segment: what a search for the
 * term would find, without the cost of a search (the report looks up a body for each page).
 */
final class UrlDocs {

  private UrlDocs() {}

  /** The live document whose URL field is {@code url}, with only {@code fields} (all when null). */
  static Optional<Document> find(IndexReader reader, String url, Set<String> fields) throws IOException {
    BytesRef term = new BytesRef(url);
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(PageDocuments.URL);
      TermsEnum urls = terms == null ? null : terms.iterator();
      if (urls == null || !urls.seekExact(term)) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      PostingsEnum docs = urls.postings(null, PostingsEnum.NONE);
      for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
        if (live == null || live.get(d)) {
          return Optional.of(fields == null ? leaf.reader().storedFields().document(d)
              : leaf.reader().storedFields().document(d, fields));
        }
      }
    }
    return Optional.empty();
  }
}
