package io.github.govaudit.overrides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverridesFileTest {

  @TempDir Path tmp;

  private Path write(String yaml) throws IOException {
    Path file = tmp.resolve("overrides.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void readsBareValuesAndValuesWithANote() throws Exception {
    Path file = write("""
        # values the site cannot show
        sections:
          basic_info:
            uv: 123456
            site_type: 门户网站
          mobile_media:
            weibo_posts: {value: 320, note: 据微博后台统计}
          security:
            monitoring: true
        """);

    Overrides o = new OverridesFile().read(file);

    assertThat(o.file()).isEqualTo(file.toString());
    assertThat(o.entries()).containsExactly(
        new Override("basic_info", "uv", 123456, ""),
        new Override("basic_info", "site_type", "门户网站", ""),
        new Override("mobile_media", "weibo_posts", 320, "据微博后台统计"),
        new Override("security", "monitoring", true, ""));
  }

  @Test
  void aFieldLeftEmptyIsSkipped() throws Exception {
    Overrides o = new OverridesFile().read(write("""
        sections:
          basic_info:
            uv:
            pv: {value: null, note: not known yet}
            site_type: 部门网站
        """));

    assertThat(o.entries()).extracting(Override::key).containsExactly("site_type");
  }

  @Test
  void anEmptyFileHasNoOverrides() throws Exception {
    assertThat(new OverridesFile().read(write("# nothing yet\n")).entries()).isEmpty();
  }

  @Test
  void malformedYamlIsOneLineNamingTheFileAndTheLine() throws IOException {
    Path file = write("sections:\n  basic_info:\n    uv: 1\n   pv: [2\n");

    assertThatThrownBy(() -> new OverridesFile().read(file)).isInstanceOf(OverridesException.class)
        .hasMessageStartingWith("overrides " + file + ": not valid YAML at line 4: ")
        .hasMessageContaining("expected <block end>")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void aKeyGivenTwiceIsAnError() throws IOException {
    Path file = write("sections:\n  basic_info:\n    uv: 1\n    uv: 2\n");

    assertThatThrownBy(() -> new OverridesFile().read(file)).isInstanceOf(OverridesException.class)
        .hasMessageContaining("uv");
  }

  @Test
  void aTopLevelKeyOtherThanSectionsIsAnUnknownField() throws IOException {
    Path file = write("basic_info:\n  uv: 1\n");

    assertThatThrownBy(() -> new OverridesFile().read(file)).isInstanceOf(OverridesException.class)
        .hasMessage("overrides " + file + ": unknown field basic_info (fields go under sections:)");
  }

  @Test
  void aListOrAnUnknownKeyInAFieldIsAnErrorNamingThePath() throws IOException {
    Path list = write("sections:\n  mobile_media:\n    weibo_posts: [1, 2]\n");
    assertThatThrownBy(() -> new OverridesFile().read(list))
        .hasMessageContaining("sections.mobile_media.weibo_posts: give one value");

    Path key = write("sections:\n  mobile_media:\n    weibo_posts: {value: 1, notes: x}\n");
    assertThatThrownBy(() -> new OverridesFile().read(key))
        .hasMessageContaining("sections.mobile_media.weibo_posts: unknown key notes");
  }

  @Test
  void aFileThatIsNotThereIsAnErrorSayingSo() {
    Path file = tmp.resolve("overrides-2026.yaml");

    assertThatThrownBy(() -> new OverridesFile().read(file)).hasMessage("overrides " + file + ": no such file");
  }

  @Test
  void theDefaultFileIsReportsOverridesOfTheYearUnderTheWorkingDirectoryWhenItExists() throws IOException {
    assertThat(OverridesFile.defaultFile(tmp, 2026)).isEmpty();

    Path reports = Files.createDirectories(tmp.resolve("reports"));
    Path file = Files.writeString(reports.resolve("overrides-2026.yaml"), "sections: {}\n");

    assertThat(OverridesFile.defaultFile(tmp, 2026)).contains(file);
    assertThat(OverridesFile.defaultFile(tmp, 2025)).isEmpty();
  }

  @Test
  void aMappingWithNeitherValueNorNoteGroupsFieldsOfAPeriod() throws Exception {
    Overrides o = new OverridesFile().read(write("""
        sections:
          training:
            q4:
              sessions_held: 1
              people_trained: {value: 100, note: 签到表}
          other:
            measures: 建立季度通报制度
        """));

    assertThat(o.entries()).containsExactly(
        new Override("training", "q4.sessions_held", 1, ""),
        new Override("training", "q4.people_trained", 100, "签到表"),
        new Override("other", "measures", "建立季度通报制度", ""));
    assertThat(o.entries().get(0).path()).isEqualTo("sections.training.q4.sessions_held");
  }

  @Test
  void theSupervisionReportsDefaultFileIsReportsSupervisionOverridesOfTheYear() throws IOException {
    assertThat(OverridesFile.defaultFile(tmp, OverridesFile.SUPERVISION_STEM, 2026)).isEmpty();

    Path file = Files.writeString(Files.createDirectories(tmp.resolve("reports"))
        .resolve("supervision-overrides-2026.yaml"), "sections: {}\n");

    assertThat(OverridesFile.defaultFile(tmp, OverridesFile.SUPERVISION_STEM, 2026)).contains(file);
    assertThat(OverridesFile.defaultFile(tmp, 2026)).isEmpty();
  }
}
