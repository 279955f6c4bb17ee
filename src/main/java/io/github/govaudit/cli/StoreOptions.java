package io.github.govaudit.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of every command that reads a crawled store: where it is, which year, which overrides. */
final class StoreOptions {

  @Option(names = "--data", paramLabel = "DIR", required = true, description = "Data directory of a crawl.")
  Path data;

  @Option(names = "--year", paramLabel = "Y", description = "Report year (default: the profile's, else this year).")
  Integer year;

  @Option(names = "--profile", paramLabel = "FILE",
      description = "Profile whose column overrides to apply (default: the crawl's profile).")
  Path profile;
}
