package io.github.govaudit.crawl;

import edu.uci.ics.crawler4j.crawler.Page;
import org.apache.hc.core5.http.Header;

/** Reads the response headers crawler4j kept with a page. */
final class ResponseHeaders {

  private ResponseHeaders() {}

  /** The value of header {@code name} (any case), or empty. */
  static String of(Page page, String name) {
    Header[] headers = page.getFetchResponseHeaders();
    if (headers != null) {
      for (Header h : headers) {
        if (h.getName().equalsIgnoreCase(name)) {
          return h.getValue();
        }
      }
    }
    return "";
  }

  /** The Content-Type header, else the type crawler4j read from the entity, else empty. */
  static String contentType(Page page) {
    String declared = of(page, "Content-Type");
    if (!declared.isEmpty()) {
      return declared;
    }
    return page.getContentType() == null ? "" : page.getContentType();
  }
}
