package io.github.govaudit.cli;

import io.github.govaudit.crawl.DecodedPage;
import io.github.govaudit.crawl.HtmlDecoder;
import io.github.govaudit.page.PageAnalysis;
import io.github.govaudit.page.PageAnalyzer;
import io.github.govaudit.profile.UserAgent;
import io.github.govaudit.render.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jsoup.Jsoup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code govaudit analyze}: prints one page's understanding as JSON. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Print how govaudit understands one page (a saved file or a URL) as JSON.")
final class AnalyzeCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE|URL", description = "A saved HTML file, or an http(s) URL to fetch once.")
  String target;

  @Option(names = "--url", paramLabel = "BASE", description = "The URL the saved file was served at (resolves links, URL dates).")
  String url;

  private final PrintWriter out;

  AnalyzeCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
  }

  @Override
  public Integer call() throws Exception {
    boolean remote = target.startsWith("http://") || target.startsWith("https://");
    String pageUrl = url != null ? url : remote ? target : Path.of(target).toAbsolutePath().toUri().toString();
    DecodedPage page = remote ? fetch(target) : read(Path.of(target));
    PageAnalysis a = new PageAnalyzer().analyze(pageUrl, Jsoup.parse(page.html(), pageUrl));
    out.println(Json.mapper().writeValueAsString(a));
    return 0;
  }

  private static DecodedPage read(Path file) throws CliError {
    try {
      return new HtmlDecoder().decode(Files.readAllBytes(file), null);
    } catch (NoSuchFileException e) {
      throw CliError.usage("no such file: " + file + " (give a saved HTML page or an http(s) URL)");
    } catch (IOException e) {
      throw CliError.usage("cannot read " + file + ": " + e.getMessage());
    }
  }

  private static DecodedPage fetch(String u) throws CliError {
    OkHttpClient client = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(20)).build();
    Request request;
    try {
      request = new Request.Builder().url(URI.create(u).toString()).header("User-Agent", UserAgent.DEFAULT).build();
    } catch (IllegalArgumentException e) {
      throw CliError.usage("'" + u + "' is not a valid URL");
    }
    try (Response r = client.newCall(request).execute()) {
      if (!r.isSuccessful() || r.body() == null) {
        throw CliError.failed(u + " answered HTTP " + r.code(), null);
      }
      return new HtmlDecoder().decode(r.body().bytes(), r.header("Content-Type"));
    } catch (IOException e) {
      throw CliError.failed("cannot fetch " + u + ": " + e.getMessage(), e);
    }
  }
}
