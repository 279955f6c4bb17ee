package io.github.govaudit.interaction;

/** Days within which a reply counts as on time (按时办结); the default is 15 days. */
public record ReplyLimit(int days) {
  public static final int DEFAULT_DAYS = 15;

  public ReplyLimit {
    if (days <= 0) throw new IllegalArgumentException("reply limit must be positive: " + days);
  }

  public static ReplyLimit standard() {
    return new ReplyLimit(DEFAULT_DAYS);
  }

  public boolean onTime(Message m) {
    return m.handlingDays().map(d -> d <= days).orElse(false);
  }
}
