package io.github.govaudit.crawl;

import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.crawler.CrawlController;
import edu.uci.ics.crawler4j.fetcher.PageFetcher;
import edu.uci.ics.crawler4j.parser.Parser;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtServer;
import edu.uci.ics.crawler4j.url.TLDList;
import crawlercommons.filters.basic.BasicURLNormalizer;
import de.hshn.mi.crawler4j.frontier.HSQLDBFrontierConfiguration;

/**
 * crawler4j's controller with a gentle stop: threads finish the page in hand and take no other.
 * crawler4j's own {@code shutdown()} closes the connections at once, so a page the site has
 * already sent is lost and fetched again on resume.
 */
final class GentleController extends CrawlController {

  GentleController(CrawlConfig config, BasicURLNormalizer normalizer, PageFetcher fetcher, Parser parser,
      RobotstxtServer robots, TLDList tlds, HSQLDBFrontierConfiguration frontier) throws Exception {
    super(config, normalizer, fetcher, parser, robots, tlds, frontier);
  }

  /**
   * Schedules {@code url} at {@code depth} (crawler4j's own seeds always start at depth 0), unless
   * it is already known or robots.txt forbids it.
   */
  void addSeedAt(String url, int depth) {
    String canonical = normalizer.filter(url);
    if (canonical == null || docIdServer.getDocId(canonical) > 0) {
      return;
    }
    edu.uci.ics.crawler4j.url.WebURL w = webURLFactory.newWebUrl();
    w.setTldList(tldList);
    w.setURL(canonical);
    w.setDocid(docIdServer.getNewDocID(canonical));
    w.setDepth((short) Math.min(depth, Short.MAX_VALUE));
    try {
      if (robotstxtServer.allows(w)) {
        frontier.schedule(w);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Lets each thread finish its current page, then stop; the crawl then ends as usual. */
  void finishCurrentPages() {
    shuttingDown = true;
    frontier.finish();
  }
}
