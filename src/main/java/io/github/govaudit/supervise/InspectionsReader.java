package io.github.govaudit.supervise;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.govaudit.inspect.InspectionHistory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads the inspections of one site's data directory that fall in a year. */
public final class InspectionsReader {

  /** The inspections of {@code dataDir} dated in {@code year}, oldest first. */
  public List<SiteInspection> read(Path dataDir, int year) throws IOException {
    InspectionHistory history = new InspectionHistory(InspectionHistory.dir(dataDir));
    List<SiteInspection> out = new ArrayList<>();
    for (LocalDate d : history.dates()) {
      if (d.getYear() != year) {
        continue;
      }
      JsonNode i = history.read(d);
      String name = i.at("/site/name").asText("");
      boolean serious = i.at("/verdict/failed_vetoes").size() > 0;
      out.add(new SiteInspection(dataDir, name.isBlank() ? i.at("/site/home").asText("") : name, d, history.file(d),
          i.at("/verdict/result").asText().equals("fail"), serious,
          i.at("/checks/https/result").asText().equals("fail")));
    }
    return out;
  }
}
