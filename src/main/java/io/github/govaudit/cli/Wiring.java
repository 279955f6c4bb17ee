package io.github.govaudit.cli;

import io.github.govaudit.crawl.Understanding;
import io.github.govaudit.page.CategoryRules;
import io.github.govaudit.page.CrawlReading;
import io.github.govaudit.page.PageAnalyzer;
import io.github.govaudit.page.StoredAnalysis;
import io.github.govaudit.profile.Build;

/** Composes the stages: how the crawler understands the pages it fetches, and how stored analyses are read. */
final class Wiring {

  private Wiring() {}

  static Understanding understanding() {
    return new CrawlReading(new PageAnalyzer(CategoryRules.defaults()), storedAnalysis());
  }

  static StoredAnalysis storedAnalysis() {
    return new StoredAnalysis(Build.ID);
  }
}
