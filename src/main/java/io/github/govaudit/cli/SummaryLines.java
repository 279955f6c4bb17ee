package io.github.govaudit.cli;

import io.github.govaudit.crawl.CrawlSummary;
import io.github.govaudit.crawl.CutLog;
import java.io.PrintWriter;
import io.github.govaudit.render.Terminal;
import java.nio.file.Path;

/** Prints what a crawl run did on the terminal: one result line, then everything it cut. */
final class SummaryLines {

  private final PrintWriter out;

  SummaryLines(PrintWriter out) {
    this.out = out;
  }

  void print(CrawlSummary s, Path dir) {
    out.printf("crawled %d pages (%d errors) with %d requests in %.1f s (%.0f pages/s); the store holds %d pages in %s%n",
        s.stored(), s.errors(), s.requests(), s.seconds(), s.pagesPerSecond(), s.storePages(), dir);
    if (s.mode().equals("revalidate")) {
      out.printf("revalidated: %d unchanged (304), %d changed%n", s.notModified(), s.changed());
    }
    if (!s.complete()) {
      out.println("the crawl did not finish: run the same command again to continue");
    }
    if (s.cut().isEmpty()) {
      return;
    }
    out.println("cut (rule, pattern, URLs, e.g.):");
    for (CutLog.Cut c : s.cut()) {
      out.printf("  %-15s %-60s %6d  %s%n", c.rule(), Terminal.clean(c.pattern()), c.count(),
          c.examples().isEmpty() ? "" : Terminal.clean(c.examples().get(0)));
    }
    out.println("(all listed in " + dir.resolve("crawl-summary.json") + ")");
  }
}
