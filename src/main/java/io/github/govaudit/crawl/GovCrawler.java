package io.github.govaudit.crawl;

import edu.uci.ics.crawler4j.crawler.Page;
import edu.uci.ics.crawler4j.crawler.WebCrawler;
import edu.uci.ics.crawler4j.url.WebURL;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** crawler4j's worker, kept to one job: decide what to fetch and hand every response to the sink. */
final class GovCrawler extends WebCrawler {

  private final HostScope scope;
  private final Set<String> seen;
  private final PageSink sink;
  private final CrawlStats stats;
  private final java.util.function.Consumer<RuntimeException> storeFailed;

  GovCrawler(HostScope scope, Set<String> seen, PageSink sink, CrawlStats stats,
      java.util.function.Consumer<RuntimeException> storeFailed) {
    this.scope = scope;
    this.seen = seen;
    this.sink = sink;
    this.stats = stats;
    this.storeFailed = storeFailed;
  }

  @Override
  public boolean shouldVisit(Page referringPage, WebURL url) {
    String u = url.getURL();
    return scope.mayFetch(u) && !seen.contains(u);
  }

  @Override
  public void visit(Page page) {
    WebURL w = page.getWebURL();
    if (page.getParseData() instanceof ParsedHtml html) {
      keep(page, w.getURL(), html.decoded().charset().name(), html.decoded().charsetSource(),
          page.getContentData(), html.getTitle(), html.getText(), html.links(), "");
    } else {
      keep(page, w.getURL(), "", "", new byte[0], "", "", List.of(), ""); // not a page: status and type suffice
    }
  }

  @Override
  protected void onRedirectedStatusCode(Page page) {
    String target = page.getRedirectedToUrl();
    List<Link> links = target == null ? List.of() : List.of(new Link(target, "redirect"));
    keep(page, target == null ? page.getWebURL().getURL() : target, "", "", new byte[0], "", "", links, "");
  }

  @Override
  protected void onUnexpectedStatusCode(String url, int status, String contentType, String description) {
    record(new FetchedPage(url, url, status, nz(contentType), "", "", Instant.now(), "", "",
        new byte[0], "", "", List.of(), -1, "http " + status + " " + nz(description)));
  }

  @Override
  protected void onContentFetchError(Page page, Exception e) {
    failed(page, 0, FetchErrors.describe(e));
  }

  @Override
  protected void onPageBiggerThanMaxSize(Page page, long pageSize) {
    failed(page, page.getStatusCode(), "body of " + pageSize + " bytes is over the page size limit");
  }

  @Override
  protected void onParseError(WebURL webUrl, Exception e) {
    // a response came (status 200): stored as such, so resuming does not fetch it again
    record(new FetchedPage(webUrl.getURL(), webUrl.getURL(), 200, "", "", "", Instant.now(), "", "",
        new byte[0], "", "", List.of(), webUrl.getDepth(), "could not parse: " + e.getMessage()));
  }

  @Override
  protected void onUnhandledException(Page page, Throwable e) {
    failed(page, 0, FetchErrors.describe(e));
  }

  /**
   * Records a failed fetch. Status 0 means no usable response (also a fetch cut short by an
   * interrupted crawl): such a URL is tried again on resume.
   */
  private void failed(Page page, int status, String error) {
    WebURL w = page.getWebURL();
    record(new FetchedPage(w.getURL(), w.getURL(), status, nz(page.getContentType()), "", "",
        Instant.now(), "", "", new byte[0], "", "", List.of(), w.getDepth(), error));
  }

  private void keep(Page page, String finalUrl, String charset, String charsetSource, byte[] body,
      String title, String text, List<Link> links, String error) {
    WebURL w = page.getWebURL();
    record(new FetchedPage(w.getURL(), finalUrl, page.getStatusCode(), ResponseHeaders.contentType(page),
        charset, charsetSource, Instant.now(), ResponseHeaders.of(page, "ETag"), ResponseHeaders.of(page, "Last-Modified"),
        body == null ? new byte[0] : body, nz(title), nz(text), links, w.getDepth(), error));
  }

  private void record(FetchedPage p) {
    try {
      sink.accept(p);
    } catch (RuntimeException e) {
      storeFailed.accept(e); // the crawl stops: fetching on without storing would lose the pages
      return;
    }
    seen.add(p.url());
    stats.fetched(!p.error().isEmpty() || p.status() >= 400 || p.status() == 0);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
