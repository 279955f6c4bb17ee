package io.github.govaudit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opens the HTML report in a real browser (headless Chromium or Chrome) when one is installed; skipped otherwise. */
class HtmlInBrowserTest {

  private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

  @TempDir
  Path tmp;

  @Test
  void aHeadlessBrowserShowsTheCrawledScriptAsTextAndHasNoScriptElement() throws IOException, InterruptedException {
    Optional<Path> browser = browser();
    assumeTrue(browser.isPresent(), "no Chromium or Chrome on PATH (or -Dgovaudit.browser=FILE)");
    Path html = tmp.resolve("work-report-2026.html");
    try (Writer w = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
      new HtmlReport().write(ReportDocument.of(SampleReports.hostile()), ReportCharts.none(), w);
    }
    Process p = new ProcessBuilder(browser.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--user-data-dir=" + tmp.resolve("profile"), "--dump-dom", html.toUri().toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(dom).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(dom).doesNotContainIgnoringCase("<script").doesNotContain("<img");
  }

  private static Optional<Path> browser() {
    String asked = System.getProperty("govaudit.browser");
    if (asked != null && !asked.isBlank()) {
      return Optional.of(Path.of(asked)).filter(Files::isExecutable);
    }
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(path.split(File.pathSeparator)).filter(d -> !d.isBlank())
        .flatMap(d -> BROWSERS.stream().map(b -> Path.of(d, b)))
        .filter(Files::isExecutable).findFirst();
  }
}
