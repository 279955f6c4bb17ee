package io.github.govaudit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The supervision DOCX opens in LibreOffice and converts to PDF without error. An integration test
 * (LibreOffice takes seconds to start); skipped when {@code soffice} is not on the PATH.
 */
class SupervisionDocxPdfIT {

  private static final long CONVERT_TIMEOUT_SECONDS = 120;

  @TempDir Path tmp;

  private static boolean sofficeInstalled() {
    String path = System.getenv().getOrDefault("PATH", "");
    return Arrays.stream(path.split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, "soffice")));
  }

  @Test
  void theSupervisionDocxConvertsToPdfWithLibreOffice() throws Exception {
    assumeTrue(sofficeInstalled(), "soffice is not installed");
    Path docx = tmp.resolve("supervision-report-2026.docx");
    try (OutputStream o = Files.newOutputStream(docx)) {
      new DocxReport().write(ReportDocument.of(SupervisionDocxTest.report()), o);
    }
    Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + tmp.resolve("lo-profile").toUri(),
        "--headless", "--convert-to", "pdf", "--outdir", tmp.toString(), docx.toString())
        .redirectErrorStream(true).redirectOutput(tmp.resolve("soffice.log").toFile()).start();
    assertThat(p.waitFor(CONVERT_TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("soffice finished").isTrue();
    assertThat(p.exitValue()).as(Files.readString(tmp.resolve("soffice.log"))).isZero();
    Path pdf = tmp.resolve("supervision-report-2026.pdf");
    assertThat(pdf).exists();
    assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }
}
