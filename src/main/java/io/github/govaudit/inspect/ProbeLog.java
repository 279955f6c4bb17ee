package io.github.govaudit.inspect;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The home-page probes of every inspection of a site, one JSON line each in
 * {@code DATA/inspections/probes.jsonl}: the history that availability is judged on.
 */
final class ProbeLog {

  static final String FILE = "probes.jsonl";

  private final Path file;
  private final ObjectMapper json = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  ProbeLog(Path inspectionsDir) {
    this.file = inspectionsDir.resolve(FILE);
  }

  /** Every probe logged, oldest first; a line that cannot be read is skipped. */
  List<Probe> read() throws IOException {
    List<Probe> out = new ArrayList<>();
    if (!Files.exists(file)) {
      return out;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        try {
          out.add(json.readValue(line, Probe.class));
        } catch (IOException e) {
          // a line cut by a crash: the others still count
        }
      }
    }
    return out;
  }

  void append(List<Probe> probes) throws IOException {
    Files.createDirectories(file.getParent());
    StringBuilder b = new StringBuilder();
    for (Probe p : probes) {
      b.append(json.writeValueAsString(p)).append('\n');
    }
    Files.writeString(file, b, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}
