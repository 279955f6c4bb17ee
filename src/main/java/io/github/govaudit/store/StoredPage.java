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
 * @param fetchedAt when it arrived
 * @param etag the ETag header, or empty
 * @param lastModified the Last-Modified header, or empty
 * @param body the raw body
 * @param title the {@code <title>} text
 * @param links every link it shows or reveals, other hosts included
 * @param depth link distance from the home page (-1 when unknown)
 * @param error why there is no usable page, or empty
 */
public record StoredPage(
    String url,
    String finalUrl,
    int status,
    String contentType,
    String charset,
    Instant fetchedAt,
    String etag,
    String lastModified,
    byte[] body,
    String title,
    List<Link> links,
    int depth,
    String error) {

  /** Whether this is a successful HTML page. */
  public boolean isHtml() {
    return status >= 200 && status < 300 && contentType.toLowerCase(java.util.Locale.ROOT).contains("html") && error.isEmpty();
  }

  /** Whether the fetch failed: no response, a 4xx/5xx status, or a body that was refused. */
  public boolean isError() {
    return status == 0 || status >= 400 || !error.isEmpty();
  }
}
