package io.github.govaudit.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

  private final DateParser parser = new DateParser();

  @ParameterizedTest
  @ValueSource(strings = {"2024-05-12", "2024-5-12", "2024/05/12", "2024.05.12", "2024年5月12日",
      "2024年05月12日", "[2024-05-12]", "(2024-05-12)", "2024-05-12 10:30:00", "发布时间：2024-05-12 10:30"})
  void readsEveryPrintedFullDateFormat(String text) {
    assertThat(parser.first(text)).get().extracting(DateParser.Found::date).isEqualTo(LocalDate.of(2024, 5, 12));
  }

  @Test
  void rejectsImpossibleDates() {
    assertThat(parser.first("2023-02-30")).isEmpty();
    assertThat(parser.first("2024-13-01")).isEmpty();
  }

  @Test
  void readsMonthDayWithoutInventingAYear() {
    DateParser.MonthDay md = parser.monthDay("[05-12]").orElseThrow();
    assertThat(md.month()).isEqualTo(5);
    assertThat(md.day()).isEqualTo(12);
    assertThat(parser.first("[05-12]")).isEmpty();
  }

  @Test
  void doesNotReadClockTimesAsMonthDay() {
    assertThat(parser.monthDay("10:30")).isEmpty();
  }

  @Test
  void readsDatesFromCmsUrlsButOnlyYearMonthFromFolders() {
    UrlDates urls = new UrlDates();
    assertThat(urls.date("http://x.gov.cn/zwdt/202405/t20240512_123456.html")).contains(LocalDate.of(2024, 5, 12));
    assertThat(urls.date("http://x.gov.cn/art/2024/5/12/art_1234_5678.html")).contains(LocalDate.of(2024, 5, 12));
    assertThat(urls.date("http://x.gov.cn/zwdt/202405/abc.html")).isEmpty();
    assertThat(urls.yearMonth("http://x.gov.cn/zwdt/202405/abc.html")).contains(java.time.YearMonth.of(2024, 5));
  }
}
