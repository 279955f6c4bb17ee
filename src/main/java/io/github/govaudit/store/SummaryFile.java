package io.github.govaudit.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.govaudit.crawl.CrawlSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Reads and writes {@code DATA/crawl-summary.json}, the summary of the last crawl run. */
public final class SummaryFile {

  private final ObjectMapper json = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** Writes {@code summary} into {@code dataDir}, replacing the last one at once. */
  public void write(Path dataDir, CrawlSummary summary) throws IOException {
    Path file = StoreLayout.summaryFile(dataDir);
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    json.writeValue(tmp.toFile(), summary);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The summary of the last run in {@code dataDir}, if one was written and can be read. */
  public Optional<CrawlSummary> read(Path dataDir) {
    Path file = StoreLayout.summaryFile(dataDir);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(json.readValue(file.toFile(), CrawlSummary.class));
    } catch (IOException e) {
      return Optional.empty(); // an unreadable summary only loses the crawl block's details
    }
  }

  /** The trap budgets as saved with the store's commits. */
  static ObjectMapper mapper() {
    return new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }
}
