package io.github.govaudit.interaction;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** One published message: when it was asked, when (if) it was answered, and where it was seen. */
public record Message(String title, LocalDate asked, Optional<LocalDate> replied, boolean concluded, String url) {

  /** Days from message to reply, when there is a reply. */
  public Optional<Long> handlingDays() {
    return replied.map(r -> ChronoUnit.DAYS.between(asked, r));
  }
}
