package io.github.govaudit.interaction;

import java.util.List;
import java.util.Optional;

/** The 留言办理 numbers for one year, from the messages a site publishes. */
public record MessageStats(int received, int concluded, int publicReplies, Optional<Double> meanDays,
    int onTime, Optional<Double> onTimeRate, ReplyLimit limit) {

  public static final String NOTE = "published messages only: unpublished messages cannot be seen";

  /** Counts the messages dated in {@code year}; a mean or rate with nothing to divide by is empty. */
  public static MessageStats of(List<Message> messages, int year, ReplyLimit limit) {
    List<Message> inYear = messages.stream().filter(m -> m.asked().getYear() == year).toList();
    List<Message> replied = inYear.stream().filter(m -> m.replied().isPresent()).toList();
    int concluded = (int) inYear.stream().filter(Message::concluded).count();
    int onTime = (int) replied.stream().filter(limit::onTime).count();
    Optional<Double> mean = replied.isEmpty() ? Optional.empty()
        : Optional.of(round(replied.stream().mapToLong(m -> m.handlingDays().orElseThrow()).average().orElseThrow()));
    Optional<Double> rate = concluded == 0 ? Optional.empty() : Optional.of(round(100.0 * onTime / concluded));
    return new MessageStats(inYear.size(), concluded, replied.size(), mean, onTime, rate, limit);
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
