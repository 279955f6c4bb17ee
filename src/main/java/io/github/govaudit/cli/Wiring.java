package io.github.govaudit.cli;

import io.github.govaudit.crawl.Understanding;
import io.github.govaudit.page.CrawlReading;

/** Composes the stages: how the crawler understands the pages it fetches. */
final class Wiring {

  private Wiring() {}

  static Understanding understanding() {
    return new CrawlReading();
  }
}
