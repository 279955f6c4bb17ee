package io.github.govaudit.supervise;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What the supervision report reads of one inspection.
 *
 * @param site the site's data directory
 * @param name the site's name, or its home page
 * @param date the inspection's monitoring date
 * @param file the inspection's JSON file (the evidence of every number it counts in)
 * @param failed whether the site failed (a single veto, or a score below the pass mark)
 * @param serious whether a single-veto check failed
 * @param httpsProblem whether its {@code https} check failed
 */
public record SiteInspection(Path site, String name, LocalDate date, Path file, boolean failed, boolean serious,
    boolean httpsProblem) {

  /** The quarter (1–4) of the inspection. */
  public int quarter() {
    return (date.getMonthValue() - 1) / 3 + 1;
  }
}
