package io.github.govaudit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportFormatTest {

  @Test
  void theDefaultWritesJsonWithItsEvidenceCsvHtmlAndDocx() {
    assertThat(ReportFormat.parse(ReportFormat.DEFAULT))
        .containsExactlyInAnyOrder(ReportFormat.JSON, ReportFormat.CSV, ReportFormat.HTML, ReportFormat.DOCX);
  }

  @Test
  void jsonBringsTheEvidenceCsvAsBeforeAndOtherFormatsComeAlone() {
    assertThat(ReportFormat.parse("json")).containsExactlyInAnyOrder(ReportFormat.JSON, ReportFormat.CSV);
    assertThat(ReportFormat.parse("JSON, csv")).containsExactlyInAnyOrder(ReportFormat.JSON, ReportFormat.CSV);
    assertThat(ReportFormat.parse("html")).containsExactly(ReportFormat.HTML);
    assertThat(ReportFormat.parse("csv,docx")).containsExactlyInAnyOrder(ReportFormat.CSV, ReportFormat.DOCX);
  }

  @Test
  void anUnknownOrEmptyFormatIsRefusedByName() {
    assertThatThrownBy(() -> ReportFormat.parse("json,pdf")).hasMessageContaining("'pdf'");
    assertThatThrownBy(() -> ReportFormat.parse(" , ")).hasMessageContaining("no format");
  }
}
