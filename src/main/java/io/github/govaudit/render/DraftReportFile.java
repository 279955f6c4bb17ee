package io.github.govaudit.render;

import io.github.govaudit.count.ReportProfile;
import io.github.govaudit.count.WorkReportDraft;
import io.github.govaudit.profile.ProfileException;
import io.github.govaudit.store.Analyses;
import io.github.govaudit.store.PageReader;
import io.github.govaudit.store.SummaryFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes the draft work report of one stored site as {@code OUT/work-report-Y.json}, the crawl's own
 * profile applied and no person's overrides: what a batch of many sites writes for each site, by
 * whichever engine crawled it.
 */
public final class DraftReportFile {

  /**
   * Drafts the report of the store in {@code dataDir} into {@code outDir}.
   *
   * @param year the report year, or 0 for the crawl's profile's, else this year
   * @return the file written, or empty when there is no crawl in {@code dataDir}
   */
  public Optional<Path> write(Path dataDir, Path outDir, int year) throws IOException, ProfileException {
    Optional<PageReader> opened = PageReader.open(dataDir);
    if (opened.isEmpty()) {
      return Optional.empty();
    }
    try (PageReader reader = opened.get(); Analyses kept = Analyses.open(dataDir)) {
      if (reader.record() == null) {
        return Optional.empty();
      }
      int y = year > 0 ? year : reader.record().year() > 0 ? reader.record().year() : java.time.Year.now().getValue();
      WorkReportDraft draft = WorkReportDraft.of(reader, kept, y, ReportProfile.resolve(null, reader),
          new SummaryFile().read(dataDir));
      Files.createDirectories(outDir);
      Path json = outDir.resolve("work-report-" + y + ".json");
      Json.mapper().writeValue(json.toFile(), draft.report());
      return Optional.of(json);
    }
  }
}
