package io.github.govaudit.store;

import io.github.govaudit.crawl.Link;
import java.time.Instant;
import java.util.List;

/**
 * A response as kept in the store. The raw body is kept so that reports can be recomputed with
 * better rules without crawling again.
 *
 * @param url the URL requested (canonical form)
 * @param finalUrl the URL that answered
 * @param status HTTP status, or 0 when no response came
 * @param contentType the Content-Type header
 * @param charset the charset the crawler decoded the body with
 * @param fetchedAt when this copy arrived
 * @param checkedAt when the site last confirmed this copy (a later 304), or {@code fetchedAt}
 * @param etag the ETag header, or empty
 * @param lastModified the Last-Modified header, or empty
 * @param body the raw body
 * @param title the {@code <title>} text
 * @param links every link it shows or reveals, other hosts included
 * @param depth link distance from the home page (-1 when unknown)
 * @param error why there is no usable page, or empty
 * @param cut why the page was kept only in part or not parsed ({@code size_limit}, {@code
 *     binary_as_html}), or empty
 * @param hub whether it leads to other pages (list, home, channel)
 * @param analysis the page analysis encoded at crawl time, or empty
 */
public record StoredPage(
    String url,
    String finalUrl,
    int status,
    String contentType,
    String charset,
    Instant fetchedAt,
    Instant checkedAt,
    String etag,
    String lastModified,
    byte[] body,
    String title,
    List<Link> links,
    int depth,
    String error,
    String cut,
    boolean hub,
    byte[] analysis) {

  /** The same page with {@code newBody}. */
  StoredPage withBody(byte[] newBody) {
    return new StoredPage(url, finalUrl, status, contentType, charset, fetchedAt, checkedAt, etag, lastModified,
        newBody, title, links, depth, error, cut, hub, analysis);
  }

  /** Whether this is a successful HTML page. */
  public boolean isHtml() {
    return status >= 200 && status < 300 && contentType.toLowerCase(java.util.Locale.ROOT).contains("html") && error.isEmpty();
  }

  /** Whether the fetch failed: no response, a 4xx/5xx status, or a body that was refused. */
  public boolean isError() {
    return status == 0 || status >= 400 || !error.isEmpty();
  }
}
