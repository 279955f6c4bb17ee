package io.github.govaudit.page;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.govaudit.crawl.Link;
import io.github.govaudit.render.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The identity harness of the page package: writes the analysis (as JSON) and the revealed links of
 * every page of {@link PageCorpus} to one file, so that two versions of the analyser can be compared
 * byte for byte. Runs only when asked:
 *
 * <pre>
 * mvn -B -q test -Dtest=AnalysisSnapshotTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dgovaudit.snapshot=/tmp/snapshot.txt
 * </pre>
 *
 * Each page is parsed afresh for each reading, as the crawler and the report each parse their own.
 * The one-pass {@link PageAnalyzer#read} of each page is checked against both readings on the
 * side: only a difference writes a line, so an identical file also proves it.
 */
class AnalysisSnapshotTest {

  /** The system property naming the file to write. */
  static final String OUTPUT_PROPERTY = "govaudit.snapshot";

  @Test
  void writesTheAnalysisAndRevealedLinksOfEveryCorpusPage() throws IOException {
    String target = System.getProperty(OUTPUT_PROPERTY);
    assumeTrue(target != null && !target.isBlank(), "set -D" + OUTPUT_PROPERTY + "=FILE to write the snapshot");
    Path out = Path.of(target);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    List<PageCorpus.Page> pages = new PageCorpus().all();
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      new SnapshotWriter().write(pages, w);
    }
    System.out.printf("%d pages written to %s%n", pages.size(), out.toAbsolutePath());
  }

  /** Writes one page after another: a header line, the analysis line, one line per revealed link. */
  static final class SnapshotWriter {

    private final ObjectMapper json = Json.mapper().disable(SerializationFeature.INDENT_OUTPUT);
    private final PageAnalyzer analyzer = new PageAnalyzer();
    private final RevealedLinks revealed = new RevealedLinks();

    void write(List<PageCorpus.Page> pages, Appendable w) throws IOException {
      for (PageCorpus.Page p : pages) {
        w.append("### ").append(p.name()).append(' ').append(p.url()).append('\n');
        PageAnalysis a = null;
        try {
          a = analyzer.analyze(p.url(), Jsoup.parse(p.html(), p.url()));
          w.append("analysis ").append(json.writeValueAsString(a)).append('\n');
        } catch (RuntimeException e) {
          w.append("analysis-failed ").append(e.toString()).append('\n');
        }
        List<Link> links = null;
        try {
          links = revealed.links(p.url(), Jsoup.parse(p.html(), p.url()));
          for (Link l : links) {
            w.append("link ").append(l.url()).append('\t').append(l.anchor()).append('\n');
          }
        } catch (RuntimeException e) {
          w.append("links-failed ").append(e.toString()).append('\n');
        }
        if (a != null && links != null) {
          checkOnePass(p, a, links, w);
        }
      }
    }

    /**
     * The one-pass reading of the page (on one document for both parts) must be the analysis and
     * links read apart; a line is written only when it is not, so that it breaks the comparison.
     */
    private void checkOnePass(PageCorpus.Page p, PageAnalysis analysis, List<Link> links, Appendable w)
        throws IOException {
      PageReading reading = analyzer.read(p.url(), Jsoup.parse(p.html(), p.url()));
      if (!reading.analysis().equals(analysis)
          || !json.writeValueAsString(reading.analysis()).equals(json.writeValueAsString(analysis))) {
        w.append("one-pass-analysis-differs ").append(json.writeValueAsString(reading.analysis())).append('\n');
      }
      if (!reading.revealed().equals(links)) {
        w.append("one-pass-links-differ ").append(reading.revealed().toString()).append('\n');
      }
    }
  }
}
