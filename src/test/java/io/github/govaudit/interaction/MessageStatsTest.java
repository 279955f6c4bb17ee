package io.github.govaudit.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessageStatsTest {
  private static Message msg(LocalDate asked, LocalDate replied) {
    return new Message("t", asked, Optional.ofNullable(replied), replied != null, "http://x/" + asked);
  }

  private final List<Message> messages = List.of(
      msg(LocalDate.of(2025, 1, 28), LocalDate.of(2025, 2, 3)),   // 6 days
      msg(LocalDate.of(2025, 5, 10), LocalDate.of(2025, 6, 9)),   // 30 days
      msg(LocalDate.of(2025, 7, 1), null),                        // no reply
      msg(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 5))); // other year

  @Test
  void messagesOfOtherYearsAreNotCounted() {
    assertThat(MessageStats.of(messages, 2025, ReplyLimit.standard()).received()).isEqualTo(3);
  }

  @Test
  void messageWithoutReplyIsReceivedButNotConcluded() {
    MessageStats s = MessageStats.of(messages, 2025, ReplyLimit.standard());

    assertThat(s.concluded()).isEqualTo(2);
    assertThat(s.publicReplies()).isEqualTo(2);
  }

  @Test
  void meanDaysIsOverRepliedMessagesToOneDecimal() {
    assertThat(MessageStats.of(messages, 2025, ReplyLimit.standard()).meanDays()).contains(18.0);
  }

  @Test
  void onTimeFollowsTheLimit() {
    MessageStats standard = MessageStats.of(messages, 2025, ReplyLimit.standard());
    MessageStats lenient = MessageStats.of(messages, 2025, new ReplyLimit(30));

    assertThat(standard.onTime()).isEqualTo(1);
    assertThat(standard.onTimeRate()).contains(50.0);
    assertThat(lenient.onTime()).isEqualTo(2);
    assertThat(lenient.onTimeRate()).contains(100.0);
  }

  @Test
  void yearWithoutMessagesLeavesMeanAndRateEmpty() {
    MessageStats s = MessageStats.of(messages, 2023, ReplyLimit.standard());

    assertThat(s.received()).isZero();
    assertThat(s.meanDays()).isEmpty();
    assertThat(s.onTimeRate()).isEmpty();
  }
}
