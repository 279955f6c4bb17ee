package io.github.govaudit.crawl;

import io.github.govaudit.crawl.Frontier.Queued;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Fetches one queued URL ({@link #ask}) and deals with the answer ({@link #handle}): stores it,
 * follows its links (within the trap limits), and on a later pass asks again for the pages a list
 * shows with a new title. Asking and handling may run on different threads; one instance serves
 * one thread.
 */
final class Visit {

  /** Redirects followed from one URL before the chain is cut (browsers allow about 20). */
  static final int MAX_REDIRECTS = 10;

  /**
   * Bodies larger than this are parsed one at a time: a page's parse tree takes ten to twenty
   * times its bytes, and a few multi-megabyte pages at once would not fit a small heap.
   */
  static final int BIG_PAGE_BYTES = 1 << 20;

  /**
   * What a visit works with; shared by all workers of a crawl.
   *
   * @param fetcher the HTTP client
   * @param robots robots.txt of each host
   * @param guard the trap limits
   * @param cuts the tally of what was cut
   * @param frontier the URLs to visit
   * @param scope which URLs may be fetched
   * @param understanding the page stage
   * @param links canonical links of a page
   * @param sink where responses go
   * @param stats live counters
   * @param plan what earlier runs left
   * @param delayMs the profile's delay between requests to a host
   * @param notices where a notice for the user goes
   * @param hurry whether reading must hurry (pages wait for a reading thread, or the cores are busy):
   *     then a page is only skimmed ({@link Understanding#skim}), and the report analyses it
   */
  record Parts(Fetcher fetcher, Robots robots, TrapGuard guard, CutLog cuts, Frontier frontier, HostScope scope,
      Understanding understanding, PageLinks links, PageSink sink, CrawlStats stats, CrawlPlan plan, long delayMs,
      java.util.function.Consumer<String> notices, java.util.function.BooleanSupplier hurry) {}

  private final Parts p;
  private final HtmlDecoder decoder = new HtmlDecoder();
  private final AnchorLinks anchors = new AnchorLinks();
  private final UrlFingerprints redirecting;

  private final java.util.concurrent.Semaphore bigPages;

  Visit(Parts parts, UrlFingerprints redirecting, java.util.concurrent.Semaphore bigPages) {
    this.p = parts;
    this.redirecting = redirecting;
    this.bigPages = bigPages;
  }

  /** Asks for {@code q}: its answer, or empty when robots.txt or its trap budget refuses it. */
  Optional<Fetcher.Answer> ask(Queued q) {
    String url = q.url();
    if (!robotsAllow(url) || !p.guard().mayFetch(url, q.spends())) {
      return Optional.empty();
    }
    Fetcher.Validators validators = q.revalidate()
        ? p.plan().known().lookup(url).map(k -> new Fetcher.Validators(k.etag(), k.lastModified()))
            .orElse(Fetcher.Validators.NONE)
        : Fetcher.Validators.NONE;
    Fetcher.Answer a = p.fetcher().get(url, validators);
    p.stats().requested();
    return Optional.of(a);
  }

  /** Deals with the answer to {@code q}: stores it and follows its links. */
  void handle(Queued q, Fetcher.Answer a) {
    String url = q.url();
    if (a.status() == 0) {
      store(FetchedPage.failed(url, 0, "", q.depth(), a.error()));
    } else if (a.status() == 304 && q.revalidate()) {
      unchanged(q);
    } else if (a.status() >= 300 && a.status() < 400) {
      redirected(q, a);
    } else if (a.status() >= 400) {
      store(FetchedPage.failed(url, a.status(), a.contentType(), q.depth(), "http " + a.status()));
    } else if (a.body().length > 0 && Fetcher.isPage(a.contentType())) {
      page(q, a);
    } else {
      store(page(q, a, url, "", "", a.body().length > 0 ? a.body() : new byte[0], "", List.of(), "", "", false,
          new byte[0]));
    }
  }

  private boolean robotsAllow(String url) {
    if (!p.robots().known(url)) {
      long asked = p.robots().crawlDelayMs(url);
      if (asked > p.delayMs()) {
        p.frontier().delay(HostScope.hostOf(url), asked);
        p.notices().accept(String.format(Locale.ROOT,
            "robots.txt of %s asks for a Crawl-delay of %.1f s: waiting that long between requests",
            HostScope.hostOf(url), asked / 1000.0));
      }
      pause(Math.max(asked, p.delayMs())); // asking for robots.txt was a request to the host too
    }
    if (p.robots().allows(url)) {
      return true;
    }
    p.cuts().cut(CutRule.ROBOTS, UrlPattern.shapeOf(url), url);
    return false;
  }

  private static void pause(long ms) {
    if (ms > 0) {
      try {
        Thread.sleep(ms);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void unchanged(Queued q) {
    p.sink().unchanged(q.url(), Instant.now());
    p.stats().countNotModified();
    p.plan().known().lookup(q.url()).ifPresent(k -> follow(q, p.links().canonical(k.links(), List.of()), Set.of(), false));
  }

  private void redirected(Queued q, Fetcher.Answer a) {
    UrlFacts target = a.location().isEmpty() ? null : p.links().facts(resolve(q.url(), a.location()));
    List<Link> links = target == null ? List.of() : List.of(new Link(target.url(), "redirect"));
    store(page(q, a, target == null ? q.url() : target.url(), "", "", new byte[0], "", links, "", "", false,
        new byte[0]));
    redirecting.add(q.url());
    if (target == null || !p.scope().isOnSite(target.url())) {
      return;
    }
    if (q.hops() + 1 > MAX_REDIRECTS || redirecting.contains(target.url())) {
      p.cuts().cut(CutRule.REDIRECT_LOOP, UrlPattern.shapeOf(target.url()), target.url());
      return;
    }
    p.frontier().offer(Queued.of(target, q.depth(), q.hops() + 1, target.spendsOn(UrlPattern.familyOf(q.url())), false),
        target.fingerprint(), next -> true);
  }

  private void page(Queued q, Fetcher.Answer a) {
    if (BinaryBodies.isBinary(a.body())) {
      p.cuts().cut(CutRule.BINARY_AS_HTML, UrlPattern.shapeOf(q.url()), q.url());
      store(page(q, a, q.url(), "", "", a.body(), "", List.of(), "binary body sent as " + a.contentType(),
          CutRule.BINARY_AS_HTML.key(), false, new byte[0]));
      return;
    }
    String cut = "";
    if (a.truncated()) {
      p.cuts().cut(CutRule.SIZE_LIMIT, UrlPattern.shapeOf(q.url()), q.url());
      cut = CutRule.SIZE_LIMIT.key();
    }
    boolean big = a.body().length > BIG_PAGE_BYTES;
    if (big) {
      bigPages.acquireUninterruptibly();
    }
    DecodedPage decoded;
    String title;
    Understood understood;
    List<PageLinks.Found> links;
    try {
      decoded = decoder.decode(a.body(), a.contentType());
      Document doc = Jsoup.parse(decoded.html(), q.url());
      title = doc.title();
      understood = understand(q.url(), doc);
      links = p.links().canonical(anchors.links(q.url(), doc), understood.revealed());
    } finally {
      if (big) {
        bigPages.release();
      }
    }
    int fresh = follow(q, links, p.links().canonicalUrls(understood.paging()), q.revalidate());
    // a list page is asked for again in later passes, unless it spent a trap budget and led nowhere
    // new (a sort order, a calendar day, an empty page of an endless list)
    boolean hub = (understood.list() || q.depth() == 0) && (q.spends() == null || fresh > 0);
    store(page(q, a, q.url(), decoded.charset().name(), decoded.charsetSource(), a.body(), title,
        links.stream().map(PageLinks.Found::link).toList(), "", cut, hub, understood.analysis()));
    if (q.revalidate()) {
      p.stats().countChanged();
    }
  }

  /**
   * The page stage's reading: with the analysis when reading need not hurry, else only what the
   * crawl needs, so reading never holds fetching up. A page stage that fails on one odd page must not lose
   * the page: its anchors still count.
   */
  private Understood understand(String url, Document doc) {
    try {
      return p.hurry().getAsBoolean() ? p.understanding().skim(url, doc) : p.understanding().read(url, doc);
    } catch (RuntimeException e) {
      return Understood.NOTHING;
    }
  }

  /**
   * Queues the links of the page {@code q} on its host's allowed paths. On a revalidated page,
   * pages stored in an earlier pass that it shows with a new title are asked for again.
   *
   * @return how many new URLs outside the page's own family it led to
   */
  private int follow(Queued q, List<PageLinks.Found> links, Set<String> paging, boolean revalidated) {
    String family = UrlPattern.familyOf(q.url());
    int fresh = 0;
    for (PageLinks.Found found : links) {
      UrlFacts u = found.facts();
      if (!u.fetchable()) {
        continue;
      }
      int depth = paging.contains(u.url()) ? q.depth() : q.depth() + 1;
      if (revalidated && p.plan().stale().contains(u.url())
          && !p.plan().known().listedBefore(u.url(), found.link().anchor())) {
        p.frontier().revalidate(Queued.of(u, depth, 0, null, true));
        continue;
      }
      Queued next = Queued.of(u, depth, 0, u.spendsOn(family), false);
      if (p.frontier().offer(next, u.fingerprint(), n -> p.guard().admits(n.url(), n.depth()))
          && !family.equals(u.family())) {
        fresh++;
      }
    }
    p.guard().yielded(family, fresh);
    return fresh;
  }

  private FetchedPage page(Queued q, Fetcher.Answer a, String finalUrl, String charset, String charsetSource,
      byte[] body, String title, List<Link> links, String error, String cut, boolean hub, byte[] analysis) {
    return new FetchedPage(q.url(), finalUrl, a.status(), a.contentType(), charset, charsetSource, Instant.now(),
        a.etag(), a.lastModified(), body, title, links, q.depth(), error, cut, hub, analysis);
  }

  private void store(FetchedPage page) {
    p.sink().accept(page);
    p.stats().fetched(!page.error().isEmpty() || page.status() >= 400 || page.status() == 0);
  }

  private static String resolve(String base, String location) {
    try {
      return URI.create(base).resolve(location.strip().replace(" ", "%20")).toString();
    } catch (IllegalArgumentException e) {
      return location.strip();
    }
  }
}
