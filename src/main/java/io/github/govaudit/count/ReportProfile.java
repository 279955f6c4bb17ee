package io.github.govaudit.count;

import io.github.govaudit.interaction.ReplyLimit;
import io.github.govaudit.profile.CrawlProfile;
import io.github.govaudit.profile.CrawlProfile.ColumnOverride;
import io.github.govaudit.profile.ProfileException;
import io.github.govaudit.profile.ProfileLoader;
import io.github.govaudit.store.PageReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The profile whose reviewed settings apply to a stored crawl at report time: that of {@code
 * --profile} when given, else the profile the crawl used (when that file is still there), else none.
 * Its column overrides and its {@code interaction} rules reach the counts from here.
 *
 * @param profile the profile read, or empty when the report has none
 * @param file the profile's file, or the reason there is none, as the report's notes say it
 */
public record ReportProfile(Optional<CrawlProfile> profile, String file) {

  private static final String REPLY_LIMIT_KEY = "interaction.reply_limit_days";

  /** Resolves the profile for the store {@code reader} reads; {@code flag} is {@code --profile}, or null. */
  public static ReportProfile resolve(Path flag, PageReader reader) throws ProfileException {
    String crawled = reader.record().profile();
    Path file = flag;
    if (file == null && !crawled.isEmpty() && Files.isRegularFile(Path.of(crawled))) {
      file = Path.of(crawled);
    }
    if (file == null) {
      return new ReportProfile(Optional.empty(), crawled.isEmpty() ? "the crawl used no profile"
          : "the crawl's profile " + crawled + " is no longer there");
    }
    return new ReportProfile(Optional.of(new ProfileLoader().load(file)), file.toString());
  }

  /** The reviewed column overrides, none without a profile. */
  public List<ColumnOverride> columns() {
    return profile.map(CrawlProfile::columns).orElse(List.of());
  }

  /** The reply limit of 按时办结: the profile's, else the default, saying which. */
  public ReplyLimit replyLimit() {
    if (profile.isEmpty()) {
      return ReplyLimit.standard("the default: the report has no profile (" + file + "; --profile FILE sets "
          + REPLY_LIMIT_KEY + ")");
    }
    var days = profile.get().interaction().replyLimitDays();
    return days.isPresent() ? new ReplyLimit(days.getAsInt(), REPLY_LIMIT_KEY + " of the profile " + file)
        : ReplyLimit.standard("the default: the profile " + file + " sets no " + REPLY_LIMIT_KEY);
  }
}
