package io.github.govaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wrong input to {@code govaudit inspect} ends with exit 2 and one line saying what is wrong, before any request. */
class InspectBadInputTest {

  @TempDir Path tmp;

  @Test
  void anAsOfThatIsNotADateIsAUsageError() {
    CliRun run = Cli.run("inspect", "--home", "http://127.0.0.1:9/", "--data", tmp.toString(), "--as-of", "30/11/2026");
    assertThat(run.code()).as("%s", run).isEqualTo(2);
    assertThat(run.errorLine()).contains("--as-of").contains("YYYY-MM-DD");
  }

  @Test
  void aMistypedInspectionKeyInTheProfileIsNamed() throws Exception {
    Path profile = tmp.resolve("p.yaml");
    Files.writeString(profile, "home: http://127.0.0.1:9/\ninspection:\n  overrides:\n    thresholds: {home_stale_day: 7}\n");
    CliRun run = Cli.run("inspect", "--profile", profile.toString(), "--data", tmp.resolve("d").toString());
    assertThat(run.code()).as("%s", run).isEqualTo(2);
    assertThat(run.errorLine()).contains("home_stale_day");
    assertThat(tmp.resolve("d")).doesNotExist();
  }

  @Test
  void aSiteIsNeeded() {
    CliRun run = Cli.run("inspect", "--data", tmp.toString());
    assertThat(run.code()).as("%s", run).isEqualTo(2);
    assertThat(run.errorLine()).contains("--profile").contains("--home");
  }
}
