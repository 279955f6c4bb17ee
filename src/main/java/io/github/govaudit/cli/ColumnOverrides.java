package io.github.govaudit.cli;

import io.github.govaudit.profile.CrawlProfile.ColumnOverride;
import io.github.govaudit.profile.ProfileException;
import io.github.govaudit.profile.ProfileLoader;
import io.github.govaudit.store.PageReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The reviewed column overrides that apply to a store: those of {@code --profile} when given,
 * else those of the profile the crawl used (when that file is still there).
 */
final class ColumnOverrides {

  private ColumnOverrides() {}

  static List<ColumnOverride> resolve(Path flag, PageReader reader) throws CliError {
    Path file = flag;
    if (file == null && !reader.record().profile().isEmpty() && Files.isRegularFile(Path.of(reader.record().profile()))) {
      file = Path.of(reader.record().profile());
    }
    if (file == null) {
      return List.of();
    }
    try {
      return new ProfileLoader().load(file).columns();
    } catch (ProfileException e) {
      throw CliError.usage(e.getMessage());
    }
  }
}
