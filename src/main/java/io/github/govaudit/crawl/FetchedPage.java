package io.github.govaudit.crawl;

import java.time.Instant;
import java.util.List;

/**
 * One response the crawler received, as it will be stored: enough to recompute every report
 * field later without fetching the page again.
 *
 * @param url the URL requested
 * @param finalUrl the URL that answered (differs after a redirect)
 * @param status HTTP status, or 0 when no response came (then {@code error} says why)
 * @param contentType the Content-Type header, or empty
 * @param charset the charset the body was decoded with, or empty for non-text bodies
 * @param charsetSource where that charset came from ({@link DecodedPage#charsetSource()})
 * @param fetchedAt when the response arrived
 * @param etag the ETag header, or empty
 * @param lastModified the Last-Modified header, or empty
 * @param body the raw body (empty when none was kept)
 * @param title the {@code <title>} text, or empty
 * @param links every link the page shows or reveals, including those to other hosts
 * @param depth link distance from the home page
 * @param error what went wrong when there was no usable response, else empty
 * @param cut the {@link CutRule#key()} of a page kept only in part ({@code size_limit}) or not parsed
 *     ({@code binary_as_html}), else empty
 * @param hub whether the page leads to others (a list, the home page, a channel): revalidated first
 *     when the site is crawled again
 * @param analysis the page analysis as the page stage encoded it, or empty
 */
public record FetchedPage(
    String url,
    String finalUrl,
    int status,
    String contentType,
    String charset,
    String charsetSource,
    Instant fetchedAt,
    String etag,
    String lastModified,
    byte[] body,
    String title,
    List<Link> links,
    int depth,
    String error,
    String cut,
    boolean hub,
    byte[] analysis) implements java.io.Serializable {

  public FetchedPage {
    links = List.copyOf(links);
    body = body == null ? new byte[0] : body;
    analysis = analysis == null ? new byte[0] : analysis;
  }

  /** A URL that got no usable response (status 0) or an error status, with why. */
  public static FetchedPage failed(String url, int status, String contentType, int depth, String error) {
    return new FetchedPage(url, url, status, contentType, "", "", Instant.now(), "", "", new byte[0], "",
        List.of(), depth, error, "", false, new byte[0]);
  }

  /** Whether the response is a successful HTML page. */
  public boolean isHtml() {
    return status >= 200 && status < 300 && contentType.toLowerCase(java.util.Locale.ROOT).contains("html");
  }
}
