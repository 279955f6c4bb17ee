package io.github.govaudit.interaction;

import java.util.Objects;

/**
 * Days within which a reply counts as on time (按时办结), and where that limit came from, so the
 * report can state the limit it used. The default is {@value #DEFAULT_DAYS} days.
 *
 * @param days the limit, positive
 * @param basis where the limit came from, as the report's note states it
 */
public record ReplyLimit(int days, String basis) {
  public static final int DEFAULT_DAYS = 15;

  public ReplyLimit {
    if (days <= 0) throw new IllegalArgumentException("reply limit must be positive: " + days);
    Objects.requireNonNull(basis, "basis");
  }

  /** A limit whose origin goes unstated. */
  public ReplyLimit(int days) {
    this(days, "");
  }

  /** The default limit, for a report with no profile. */
  public static ReplyLimit standard() {
    return standard("the default");
  }

  /** The default limit; {@code why} says why the default applies. */
  public static ReplyLimit standard(String why) {
    return new ReplyLimit(DEFAULT_DAYS, why);
  }

  public boolean onTime(Message m) {
    return m.handlingDays().map(d -> d <= days).orElse(false);
  }
}
