package io.github.govaudit.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govaudit.render.ReportDocument.Row;
import org.junit.jupiter.api.Test;

class ReportDocumentTest {

  @Test
  void sectionsFollowTheFormThenTheReportsOwnAndBlocksKeepTheReportsOrder() {
    ReportDocument doc = ReportDocument.of(SampleReports.mixed());

    assertThat(doc.sections()).extracting(ReportDocument.Section::key).containsExactly("basic_info", "info_publishing",
        "topics", "interpretation", "services", "interaction", "security", "mobile_media", "innovation", "future_section");
    assertThat(doc.blocks()).extracting(ReportDocument.Block::key)
        .containsExactly("crawl", "marks", "undated", "external_entries", "unreadable_pages");
  }

  @Test
  void aRowOfTheFormTheReportLacksIsBlankAndAKeyTheFormLacksIsKeptUnderItsName() {
    ReportDocument doc = ReportDocument.of(SampleReports.mixed());

    Row domain = row(doc, "basic_info", "chinese_domain");
    assertThat(domain.blank()).isTrue();
    assertThat(domain.official()).isTrue();
    Row overlap = row(doc, "info_publishing", "overlap");
    assertThat(overlap.official()).isFalse();
    assertThat(overlap.form().label()).isEqualTo("overlap");
    assertThat(ValueText.text(overlap.value())).isEqualTo("5");
    assertThat(row(doc, "basic_info", "uv").blank()).isTrue();
  }

  @Test
  void aWorkReportIsReadThroughItsJsonSoEveryComponentIsShown() {
    ReportDocument doc = ReportDocument.of(SampleReports.hostile());

    assertThat(doc.siteName()).isEqualTo(SampleReports.SCRIPT);
    assertThat(row(doc, "info_publishing", "total").evidence()).hasSize(2);
    assertThat(doc.blocks()).extracting(ReportDocument.Block::key).contains("crawl", "undated");
  }

  private static Row row(ReportDocument doc, String section, String key) {
    return doc.rows().stream().filter(r -> r.section().equals(section) && r.key().equals(key)).findFirst().orElseThrow();
  }
}
