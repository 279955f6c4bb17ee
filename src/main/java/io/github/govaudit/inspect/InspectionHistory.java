package io.github.govaudit.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The inspections of a site, {@code DATA/inspections/DATE.json} each: which one came before a date,
 * and which of its failed findings (same check and URL) the new one no longer has.
 */
public final class InspectionHistory {

  /** The folder of a data directory that holds the inspections. */
  public static Path dir(Path dataDir) {
    return dataDir.resolve("inspections");
  }

  private final Path dir;
  private final ObjectMapper json = new ObjectMapper();

  public InspectionHistory(Path dir) {
    this.dir = dir;
  }

  /** The file of the inspection of {@code date}. */
  public Path file(LocalDate date) {
    return dir.resolve(date + ".json");
  }

  /** The dates of every inspection kept, oldest first. */
  public List<LocalDate> dates() throws IOException {
    List<LocalDate> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.toList()) {
        String name = p.getFileName().toString();
        if (name.endsWith(".json")) {
          try {
            out.add(LocalDate.parse(name.substring(0, name.length() - 5)));
          } catch (DateTimeParseException e) {
            // another file in the folder: not an inspection
          }
        }
      }
    }
    out.sort(null);
    return out;
  }

  /** The inspection of {@code date} as JSON. */
  public JsonNode read(LocalDate date) throws IOException {
    return json.readTree(file(date).toFile());
  }

  /** The last inspection before {@code date}, if any. */
  public Optional<LocalDate> before(LocalDate date) throws IOException {
    return dates().stream().filter(d -> d.isBefore(date)).reduce((a, b) -> b);
  }

  /** The failed findings of the inspection before {@code date} that {@code now} does not have. */
  List<Fixed> fixed(LocalDate date, List<Finding> now) throws IOException {
    Optional<LocalDate> previous = before(date);
    if (previous.isEmpty()) {
      return List.of();
    }
    Set<String> current = new HashSet<>();
    now.stream().filter(f -> f.verdict() == Status.FAIL).forEach(f -> current.add(f.key()));
    List<Fixed> out = new ArrayList<>();
    for (JsonNode f : read(previous.get()).path("findings")) {
      String key = f.path("check").asText() + " " + f.path("url").asText();
      if (f.path("verdict").asText().equals(Status.FAIL.key()) && !current.contains(key)) {
        out.add(new Fixed(f.path("check").asText(), f.path("url").asText(), f.path("detail").asText(),
            previous.get().toString(), date.toString()));
      }
    }
    return out;
  }
}
