package io.github.govaudit.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileLoaderTest {

  private final ProfileLoader loader = new ProfileLoader();

  @Test
  void readsEveryKeyOfTheShippedExampleProfile() throws Exception {
    CrawlProfile p = loader.load(Path.of("crawl-profiles/example.yaml"));
    assertThat(p.home().toString()).isEqualTo("http://jyt.gxzf.gov.cn/");
    assertThat(p.year()).isEqualTo(2026);
    assertThat(p.politeness().delayMs()).isEqualTo(200);
    assertThat(p.politeness().userAgent()).startsWith("govaudit/");
    assertThat(p.limits().maxDepth()).isEqualTo(30);
    assertThat(p.limits().patternBudget()).isEqualTo(200);
    assertThat(p.exclude()).isNotEmpty();
    assertThat(p.columns()).extracting(CrawlProfile.ColumnOverride::category).contains("disclosure");
    assertThat(p.interaction().replyLimitDays()).hasValue(15);
  }

  @Test
  void theReplyLimitOfInteractionIsReadInDays() throws Exception {
    CrawlProfile p = loader.parse("home: http://a.gov.cn/\ninteraction:\n  reply_limit_days: 10\n", "p.yaml");
    assertThat(p.interaction().replyLimitDays()).hasValue(10);
  }

  @Test
  void withoutAnInteractionKeyTheReplyLimitIsLeftToTheDefault() throws Exception {
    assertThat(loader.parse("home: http://a.gov.cn/\n", "p.yaml").interaction().replyLimitDays()).isEmpty();
  }

  @Test
  void aReplyLimitThatIsNotPositiveIsRejectedOnOneLine() {
    assertThatThrownBy(() -> loader.parse("home: http://a.gov.cn/\ninteraction:\n  reply_limit_days: 0\n", "p.yaml"))
        .isInstanceOf(ProfileException.class)
        .hasMessage("p.yaml: interaction.reply_limit_days must be a positive number of days, not 0");
    assertThatThrownBy(() -> loader.parse("home: http://a.gov.cn/\ninteraction:\n  reply_limit_days: 十五\n", "p.yaml"))
        .isInstanceOf(ProfileException.class).hasMessageContaining("p.yaml").hasMessageNotContaining("\n");
  }

  @Test
  void theShippedSiteProfilesLoad() throws Exception {
    assertThat(loader.load(Path.of("crawl-profiles/gxjyt.yaml")).home().getHost()).isEqualTo("jyt.gxzf.gov.cn");
    assertThat(loader.load(Path.of("crawl-profiles/gxmzt.yaml")).home().getHost()).isEqualTo("mzt.gxzf.gov.cn");
  }

  @Test
  void unknownKeyIsNamedWithItsLine() {
    String yaml = "home: http://mzt.gxzf.gov.cn/\nyear: 2026\npoliteness:\n  delay: 300\n";
    assertThatThrownBy(() -> loader.parse(yaml, "p.yaml"))
        .isInstanceOf(ProfileException.class).hasMessageContaining("'delay'").hasMessageContaining("line 4");
  }

  @Test
  void malformedYamlNamesTheLine() {
    String yaml = "home: http://mzt.gxzf.gov.cn/\nexclude:\n  - '[?&]print=1'\n year: [2026\n";
    assertThatThrownBy(() -> loader.parse(yaml, "p.yaml"))
        .isInstanceOf(ProfileException.class).hasMessageContaining("p.yaml").hasMessageMatching(".*line \\d+.*");
  }

  @Test
  void missingFileSaysWhichFile(@TempDir Path dir) {
    assertThatThrownBy(() -> loader.load(dir.resolve("nope.yaml")))
        .isInstanceOf(ProfileException.class).hasMessageContaining("nope.yaml");
  }

  @Test
  void homeIsRequiredAndMustBeHttp(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("p.yaml");
    Files.writeString(f, "name: 测试\n");
    assertThatThrownBy(() -> loader.load(f)).hasMessageContaining("home");
    assertThatThrownBy(() -> loader.parse("home: ftp://mzt.gxzf.gov.cn/\n", "p.yaml")).hasMessageContaining("http");
  }

  @Test
  void badExcludeRegexAndBadCategoryAreRejected() {
    assertThatThrownBy(() -> loader.parse("home: http://a.gov.cn/\nexclude: ['(']\n", "p.yaml"))
        .hasMessageContaining("regular expression");
    assertThatThrownBy(() -> loader.parse("home: http://a.gov.cn/\ncolumns:\n  - name: 要闻\n    category: 新闻\n", "p.yaml"))
        .hasMessageContaining("category");
  }

  @Test
  void bareHostIsReadAsHttpHome() throws Exception {
    assertThat(loader.parse("home: Jyt.gxzf.gov.cn\n", "p.yaml").home().toString()).isEqualTo("http://Jyt.gxzf.gov.cn/");
  }
}
