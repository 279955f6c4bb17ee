package io.github.govaudit.page;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A publish date with the evidence it was read from.
 *
 * @param date the date
 * @param source where it was read
 */
public record PublishDate(LocalDate date, DateSource source) {
  public PublishDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
  }
}
