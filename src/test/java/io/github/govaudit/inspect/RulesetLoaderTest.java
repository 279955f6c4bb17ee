package io.github.govaudit.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The national ruleset ships in the jar; a profile may point to another file and adjust any value. */
class RulesetLoaderTest {

  @TempDir Path tmp;

  @Test
  void theBundledRulesetHasTheNationalThresholdsAndNamesItsSource() throws Exception {
    Ruleset r = new RulesetLoader().defaults().ruleset();
    assertThat(r.id()).isEqualTo("gb-2019-19");
    assertThat(r.source()).contains("国办秘函〔2019〕19号");
    assertThat(r.passMark()).isEqualTo(60);
    assertThat(r.thresholds().homeStaleDays()).isEqualTo(14);
    assertThat(r.thresholds().staleVetoA()).isEqualTo(5);
    assertThat(r.thresholds().staleVetoB()).isEqualTo(10);
    assertThat(r.thresholds().blankVeto()).isEqualTo(5);
    assertThat(r.kind("news").orElseThrow().window()).contains(Period.ofDays(14));
    assertThat(r.kind("notice_policy").orElseThrow().window()).contains(Period.ofMonths(6));
    assertThat(r.kind("records").orElseThrow().window()).contains(Period.ofMonths(12));
    assertThat(r.kind("records").orElseThrow().confirmed()).isFalse();
    assertThat(r.check("dead_link").pointsHome()).isEqualTo(1.0);
    assertThat(r.check("dead_link").pointsOther()).isEqualTo(0.1);
    assertThat(r.check("dead_link").confirmed()).isFalse();
    assertThat(r.links().timeoutSeconds()).isEqualTo(15);
    for (String id : InspectionChecks.IDS) {
      assertThat(r.check(id).severity()).as(id).isNotNull();
    }
  }

  @Test
  void aProfileOverridesOneThresholdAndKeepsTheOthers() throws Exception {
    Path profile = tmp.resolve("p.yaml");
    Files.writeString(profile, """
        home: http://www.example.gov.cn/
        inspection:
          overrides:
            thresholds: {home_stale_days: 7}
            checks: {dead_link: {points_other: 0.2}}
          columns:
            - url_prefix: http://www.example.gov.cn/ztzl/
              kind: archived
        """);
    RulesetLoader.Loaded l = new RulesetLoader().load(profile);
    assertThat(l.ruleset().thresholds().homeStaleDays()).isEqualTo(7);
    assertThat(l.ruleset().thresholds().staleVetoA()).isEqualTo(5);
    assertThat(l.ruleset().check("dead_link").pointsOther()).isEqualTo(0.2);
    assertThat(l.ruleset().check("dead_link").pointsHome()).isEqualTo(1.0);
    assertThat(l.columns()).containsExactly(new ColumnKindOverride("http://www.example.gov.cn/ztzl/", null, "archived"));
  }

  @Test
  void aProfileMayPointToAProvinceRulesetBesideIt() throws Exception {
    String national = new String(RulesetLoader.class.getResourceAsStream(
        "/io/github/govaudit/inspect/rulesets/gb-2019-19.yaml").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    Files.writeString(tmp.resolve("gx.yaml"), national.replace("id: gb-2019-19", "id: gx-2024"));
    Path profile = tmp.resolve("p.yaml");
    Files.writeString(profile, "home: http://www.example.gov.cn/\ninspection:\n  ruleset: gx.yaml\n");
    RulesetLoader.Loaded l = new RulesetLoader().load(profile);
    assertThat(l.ruleset().id()).isEqualTo("gx-2024");
    assertThat(l.file()).endsWith("gx.yaml");
  }

  @Test
  void anUnknownKeyIsRejectedWithItsName() throws Exception {
    Path profile = tmp.resolve("p.yaml");
    Files.writeString(profile, "home: http://www.example.gov.cn/\ninspection:\n  overides: {}\n");
    assertThatThrownBy(() -> new RulesetLoader().load(profile)).isInstanceOf(RulesetException.class)
        .hasMessageContaining("inspection.overides");
    Files.writeString(profile, "home: http://www.example.gov.cn/\ninspection:\n  overrides: {thresholds: {home_days: 3}}\n");
    assertThatThrownBy(() -> new RulesetLoader().load(profile)).isInstanceOf(RulesetException.class)
        .hasMessageContaining("home_days");
  }
}
