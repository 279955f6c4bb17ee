package io.github.govaudit.cli;

import io.github.govaudit.crawl.HtmlDecoder;
import io.github.govaudit.page.PageAnalysis;
import io.github.govaudit.page.PageAnalyzer;
import io.github.govaudit.render.Terminal;
import io.github.govaudit.store.PageReader;
import io.github.govaudit.store.SearchIndex;
import io.github.govaudit.store.StoredPage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jsoup.Jsoup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code govaudit search}: full-text search over the stored pages, best first. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search the stored pages (Chinese word segmentation): title, date, column and URL, best first.")
final class SearchCommand implements Callable<Integer> {

  /** Hits read before the year filter, so that filtering still leaves enough. */
  private static final int CANDIDATES = 2000;

  @Option(names = "--data", paramLabel = "DIR", required = true, description = "Data directory of a crawl.")
  Path data;

  @Option(names = "--year", paramLabel = "Y", description = "Only pages published in this year.")
  Integer year;

  @Option(names = "--max", paramLabel = "N", defaultValue = "20", description = "Hits to print (default 20).")
  int max;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words to find, e.g. 安全生产.")
  List<String> query;

  private final PrintWriter out;
  private final PrintWriter err;

  SearchCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() throws CliError, IOException {
    try (PageReader reader = ReportRun.openStore(data)) {
      List<StoredPage> hits = new java.util.ArrayList<>();
      try {
        for (String url : new SearchIndex().search(data, reader, String.join(" ", query), CANDIDATES,
            n -> err.printf("govaudit: indexing %d stored pages for search (once after each crawl) …%n", n))) {
          reader.get(url).ifPresent(hits::add);
        }
      } catch (IllegalArgumentException e) {
        throw CliError.usage(e.getMessage());
      }
      PageAnalyzer analyzer = new PageAnalyzer();
      HtmlDecoder decoder = new HtmlDecoder();
      int shown = 0;
      for (StoredPage p : hits) {
        if (shown >= max || !p.isHtml()) {
          continue;
        }
        PageAnalysis a = analyzer.analyze(p.finalUrl(),
            Jsoup.parse(decoder.decode(p.body(), p.contentType()).html(), p.finalUrl()));
        if (year != null && (a.publishDate() == null || a.publishDate().getYear() != year)) {
          continue;
        }
        shown++;
        out.printf("%s\t%s\t%s\t%s%n", a.publishDate() == null ? "----------" : a.publishDate(),
            Terminal.clean(a.title()), Terminal.clean(a.column()), Terminal.clean(p.finalUrl()));
      }
      out.printf("%d hits%s%n", shown, year == null ? "" : " in " + year);
      return 0;
    }
  }
}
