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

  /** Lets each thread finish its current page, then stop; the crawl then ends as usual. */
  void finishCurrentPages() {
    shuttingDown = true;
    frontier.finish();
  }
}
