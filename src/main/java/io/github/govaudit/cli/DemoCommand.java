package io.github.govaudit.cli;

import io.github.govaudit.demo.DemoSite;
import io.github.govaudit.crawl.CrawlSummary;
import io.github.govaudit.profile.CrawlProfile;
import io.github.govaudit.profile.ProfileException;
import io.github.govaudit.profile.ProfileLoader;
import io.github.govaudit.render.SummaryTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code govaudit demo}: serves the bundled demo site on loopback, crawls it and drafts its report. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Serve the bundled demo site on 127.0.0.1, crawl it and write reports/demo/work-report-Y.json.")
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports/demo", description = "Where to write (default: reports/demo).")
  Path out;

  private final PrintWriter stdout;
  private final PrintWriter err;

  DemoCommand(PrintWriter stdout, PrintWriter err) {
    this.stdout = stdout;
    this.err = err;
  }

  @Override
  public Integer call() throws CliError {
    CrawlProfile bundled = bundledProfile();
    try (DemoSite site = DemoSite.start()) {
      CrawlProfile profile = new CrawlProfile(bundled.name(), site.home(), null, bundled.year(),
          bundled.politeness(), bundled.limits(), bundled.exclude(), bundled.columns(), bundled.interaction());
      stdout.println("serving the demo site at " + site.home());
      Path data = out.resolve("data");
      CrawlSummary s = new CrawlRun(err).run(profile, null, data, true);
      stdout.printf("crawled %d pages (%d errors) in %.1f s%n", s.stored(), s.errors(), s.seconds());
      ReportRun.Written w = new ReportRun().run(data, profile.year(), out, null);
      new SummaryTable().print(w.report(), stdout);
      stdout.println("wrote " + String.join(", ", w.files().stream().map(Object::toString).toList()));
      return 0;
    } catch (IOException e) {
      throw CliError.failed("cannot serve the demo site: " + e.getMessage(), e);
    }
  }

  private static CrawlProfile bundledProfile() throws CliError {
    try (InputStream in = DemoCommand.class.getResourceAsStream("/io/github/govaudit/demo/demo-profile.yaml")) {
      if (in == null) {
        throw CliError.failed("the demo profile is missing from this build; rebuild with 'mvn -B package'", null);
      }
      return new ProfileLoader().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "demo-profile.yaml");
    } catch (IOException | ProfileException e) {
      throw CliError.failed("the demo profile is missing from this build: " + e.getMessage(), e);
    }
  }
}
