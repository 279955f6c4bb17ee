package io.github.govaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code govaudit supervise} takes a person's overrides as {@code report} does — fields by their path
 * in the report, source {@code manual}, an unknown path one line with the closest one and exit 2 — and
 * lists every field still empty ({@code to_fill}) in the JSON, the HTML, the DOCX and on the terminal.
 */
class SuperviseOverridesTest {

  /** Every block of the supervision form, by its key in the report. */
  static final List<String> BLOCKS = List.of("inspection", "security_checks", "site_changes", "message_handling",
      "leader_mailbox", "content_assurance", "counterfeit_sites", "training", "other");

  @TempDir Path tmp;

  @BeforeEach
  void inspections() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("qsx/inspections"));
    Files.writeString(dir.resolve("2026-02-10.json"), """
        {"report":"inspection","site":{"name":"qsx","home":"http://qsx.example.gov.cn/"},"date":"2026-02-10",
         "verdict":{"result":"fail","failed_vetoes":["home_not_updated"],"score":70},
         "checks":{"https":{"result":"pass"}},"findings":[]}
        """);
  }

  private CliRun supervise(String... extra) {
    List<String> args = new ArrayList<>(List.of("supervise", "--year", "2026", "--data", tmp.resolve("qsx").toString(),
        "--out", tmp.resolve("out").toString()));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  private Path overrides(String yaml) throws Exception {
    return Files.writeString(tmp.resolve("supervision-overrides-2026.yaml"), yaml);
  }

  private JsonNode json() throws Exception {
    return new ObjectMapper().readTree(tmp.resolve("out/supervision-report-2026.json").toFile());
  }

  private static List<String> toFill(JsonNode report) {
    List<String> out = new ArrayList<>();
    report.get("to_fill").forEach(t -> out.add(t.get("field").asText()));
    return out;
  }

  @Test
  void overriddenFieldsAreInTheJsonWithSourceManualAndEveryBlockOfTheFormIsPresent() throws Exception {
    Path file = overrides("""
        sections:
          training:
            q4:
              sessions_held: {value: 1, note: 全市政府网站培训班}
              people_trained: 100
          counterfeit_sites:
            year: {found: 0, handled: 0}
          inspection:
            performance_review: true
            q1:
              failed_sites: {value: 2, note: one more site failed the province's own check}
        """);

    CliRun run = supervise("--overrides", file.toString());

    assertThat(run.code()).as("%s", run).isZero();
    JsonNode s = json().get("sections");
    assertThat(s.fieldNames()).toIterable().containsExactlyElementsOf(BLOCKS);
    assertThat(s.at("/training/q4/sessions_held/value").asInt()).isEqualTo(1);
    assertThat(s.at("/training/q4/sessions_held/source").asText()).isEqualTo("manual");
    assertThat(s.at("/training/q4/sessions_held/note").asText()).isEqualTo("全市政府网站培训班");
    assertThat(s.at("/training/q4/people_trained/note").asText()).isEqualTo("entered by hand from " + file);
    assertThat(s.at("/counterfeit_sites/year/found/source").asText()).isEqualTo("manual");
    assertThat(s.at("/inspection/performance_review/value").asBoolean()).isTrue();
    assertThat(s.at("/inspection/q1/failed_sites/note").asText()).endsWith("; replaces the crawled value 1");
    assertThat(s.at("/training/q3/sessions_held/source").asText()).isEqualTo("missing");
    assertThat(s.at("/leader_mailbox/year/received/source").asText()).isEqualTo("missing");
    assertThat(s.at("/other/measures/source").asText()).isEqualTo("missing");
    assertThat(run.out()).contains("overrides: 6 fields entered by hand from " + file);
    assertThat(tmp.resolve("out/supervision-report-2026.docx")).isNotEmptyFile();
  }

  @Test
  void theClerksListShrinksByExactlyTheOverriddenFields() throws Exception {
    assertThat(supervise().code()).isZero();
    List<String> before = toFill(json());
    Path file = overrides("sections:\n  training:\n    q4:\n      sessions_held: 1\n  other:\n    measures: 建立季度通报制度\n");

    assertThat(supervise("--overrides", file.toString()).code()).isZero();

    assertThat(before).contains("sections.training.q4.sessions_held", "sections.other.measures",
        "sections.inspection.q1.accountability_interviews", "sections.inspection.q3.pass_rate");
    assertThat(toFill(json())).containsExactlyElementsOf(before.stream()
        .filter(f -> !f.equals("sections.training.q4.sessions_held") && !f.equals("sections.other.measures")).toList());
  }

  @Test
  void theHtmlAndTheDocxListTheFieldsStillToFillAndEscapeWhatThePersonWrote() throws Exception {
    Path file = overrides("sections:\n  other:\n    measures: {value: \"<script>alert(1)</script>\", note: \"<b>x</b>\"}\n");

    assertThat(supervise("--overrides", file.toString()).code()).isZero();

    String html = Files.readString(tmp.resolve("out/supervision-report-2026.html"));
    assertThat(html).contains("待填写项").contains("sections.training.q1.sessions_held").contains("假冒政府网站处置")
        .contains("&lt;script&gt;").contains("&lt;b&gt;x").doesNotContain("<script").doesNotContain("<b>x");
    try (XWPFDocument d = new XWPFDocument(Files.newInputStream(tmp.resolve("out/supervision-report-2026.docx")))) {
      assertThat(d.getTables()).anySatisfy(t -> assertThat(t.getText())
          .contains("overrides 路径").contains("sections.counterfeit_sites.q1.found"));
    }
  }

  @Test
  void theTerminalListsEveryEmptyFieldByItsPathWithThePeriodsOnOneLine() {
    CliRun run = supervise();

    assertThat(run.code()).as("%s", run).isZero();
    assertThat(run.out()).contains("fields still empty; enter each under its path in "
            + Path.of("reports", "supervision-overrides-2026.yaml"))
        .containsPattern("overrides +sections\\.training\\.\\{q1,q2,q3,q4,year\\}\\.sessions_held +not measured")
        .containsPattern("person +sections\\.other\\.measures ")
        .containsPattern("overrides +sections\\.inspection\\.q3\\.pass_rate +no inspection in 2026 Q3");
  }

  @Test
  void anUnknownFieldIsOneLineNamingItAndTheClosestMatchWithExit2() throws Exception {
    Path file = overrides("sections:\n  training:\n    q4:\n      sesions_held: 1\n");

    CliRun run = supervise("--overrides", file.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errorLine()).isEqualTo(CliRun.ERROR_PREFIX + "overrides " + file
        + ": unknown field sections.training.q4.sesions_held (did you mean sections.training.q4.sessions_held?)");
  }

  @Test
  void aPerQuarterFieldGivenWithoutItsQuarterIsAnUnknownFieldPointingToOne() throws Exception {
    Path file = overrides("sections:\n  training:\n    sessions_held: 4\n");

    CliRun run = supervise("--overrides", file.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errorLine()).contains("unknown field sections.training.sessions_held (did you mean sections.training.q1.sessions_held?)");
  }

  @Test
  void theStarterTemplateNestsEveryEmptyFieldByBlockAndPeriodAndOnceFilledIsMerged() throws Exception {
    Path template = tmp.resolve("starter.yaml");

    CliRun run = supervise("--overrides-template", template.toString());

    assertThat(run.code()).as("%s", run).isZero();
    String text = Files.readString(template);
    assertThat(text).contains("  training:\n    q1:\n      # from overrides: not measured by inspections");
    JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(text);
    assertThat(tree.at("/sections/training/q1").has("sessions_held")).isTrue();
    assertThat(tree.at("/sections/other").has("measures")).isTrue();
    assertThat(toFill(json())).hasSize(countLeaves(tree.get("sections")));

    Files.writeString(template, text.replaceFirst("(?m)^(      sessions_held:)$", "$1 3"));
    assertThat(supervise("--overrides", template.toString()).code()).isZero();
    assertThat(json().at("/sections/training/q1/sessions_held/value").asInt()).isEqualTo(3);
    assertThat(json().at("/sections/training/q1/sessions_held/source").asText()).isEqualTo("manual");
  }

  @Test
  void theStarterTemplateNeverOverwritesAFile() throws Exception {
    Path template = Files.writeString(tmp.resolve("starter.yaml"), "kept\n");

    CliRun run = supervise("--overrides-template", template.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errorLine()).contains("--overrides-template " + template + " exists; not overwritten");
    assertThat(Files.readString(template)).isEqualTo("kept\n");
  }

  @Test
  void theCommittedExampleFileNamesOnlyFieldsTheReportHas() throws Exception {
    CliRun run = supervise("--overrides", Path.of("reports", "supervision-overrides-example.yaml").toString());

    assertThat(run.code()).as("%s", run).isZero();
    JsonNode s = json().get("sections");
    assertThat(s.at("/training/q4/sessions_held/source").asText()).isEqualTo("manual");
    assertThat(s.at("/inspection/performance_review/value").asBoolean()).isTrue();
    assertThat(toFill(json())).contains("sections.leader_mailbox.q1.received")
        .doesNotContain("sections.other.measures", "sections.message_handling.year.received");
  }

  private static int countLeaves(JsonNode node) {
    if (node == null || node.isNull() || !node.isObject()) {
      return 1;
    }
    int n = 0;
    for (JsonNode child : node) {
      n += countLeaves(child);
    }
    return n;
  }
}
