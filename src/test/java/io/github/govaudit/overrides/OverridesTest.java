package io.github.govaudit.overrides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.govaudit.count.Field;
import io.github.govaudit.count.FillFrom;
import io.github.govaudit.count.ToFill;
import io.github.govaudit.count.WorkReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverridesTest {

  private static final String FILE = "reports/overrides-2026.yaml";

  private static Overrides overrides(Override... entries) {
    return new Overrides(FILE, List.of(entries));
  }

  @Test
  void anEnteredValueReplacesTheEmptyFieldWithSourceManualNoEvidenceAndTheFileInItsNote() throws Exception {
    WorkReport merged = overrides(new Override("basic_info", "uv", 123456, "")).applyTo(Reports.small());

    Field uv = merged.sections().get("basic_info").get("uv");
    assertThat(uv.value()).isEqualTo(123456);
    assertThat(uv.source()).isEqualTo(Field.Source.MANUAL);
    assertThat(uv.evidence()).isEmpty();
    assertThat(uv.note()).isEqualTo("entered by hand from " + FILE);
  }

  @Test
  void thePersonsNoteIsKept() throws Exception {
    WorkReport merged = overrides(new Override("mobile_media", "weibo_posts", 320, "据微博后台统计"))
        .applyTo(Reports.small());

    assertThat(merged.sections().get("mobile_media").get("weibo_posts").note()).isEqualTo("据微博后台统计");
  }

  @Test
  void overridingACrawledValueKeepsTheCrawledValueInTheNote() throws Exception {
    WorkReport merged = overrides(new Override("info_publishing", "total", 40, "two items were withdrawn"))
        .applyTo(Reports.small());

    Field total = merged.sections().get("info_publishing").get("total");
    assertThat(total.value()).isEqualTo(40);
    assertThat(total.source()).isEqualTo(Field.Source.MANUAL);
    assertThat(total.note()).isEqualTo("two items were withdrawn; replaces the crawled value 42");
  }

  @Test
  void overridingAProfileValueNamesTheProfileInTheTrace() throws Exception {
    WorkReport merged = overrides(new Override("basic_info", "site_name", "示范市政府门户网站", ""))
        .applyTo(Reports.small());

    assertThat(merged.sections().get("basic_info").get("site_name").note())
        .endsWith("; replaces the profile value 示范市人民政府");
  }

  @Test
  void aFieldTheReportDoesNotHaveIsAnErrorNamingItsPathAndTheClosestOne() {
    Overrides typo = overrides(new Override("basic_info", "uvv", 1, ""));

    assertThatThrownBy(() -> typo.applyTo(Reports.small())).isInstanceOf(OverridesException.class)
        .hasMessage("overrides " + FILE + ": unknown field sections.basic_info.uvv (did you mean sections.basic_info.uv?)");
  }

  @Test
  void aSectionTheReportDoesNotHaveIsAnError() {
    Overrides typo = overrides(new Override("basic_infos", "uv", 1, ""));

    assertThatThrownBy(() -> typo.applyTo(Reports.small())).isInstanceOf(OverridesException.class)
        .hasMessageContaining("unknown field sections.basic_infos.uv (did you mean sections.basic_info.uv?)");
  }

  @Test
  void theClerksListShrinksByExactlyTheOverriddenFields() throws Exception {
    WorkReport before = Reports.small();
    WorkReport after = overrides(new Override("basic_info", "uv", 1, ""),
        new Override("mobile_media", "weibo_posts", 320, "")).applyTo(before);

    List<String> was = before.toFill().stream().map(ToFill::field).toList();
    List<String> now = after.toFill().stream().map(ToFill::field).toList();
    assertThat(was).contains("sections.basic_info.uv", "sections.mobile_media.weibo_posts");
    assertThat(now).containsExactlyElementsOf(was.stream()
        .filter(f -> !f.equals("sections.basic_info.uv") && !f.equals("sections.mobile_media.weibo_posts")).toList());
  }

  @Test
  void theClerksListSaysWhereEachEmptyFieldComesFrom() {
    List<ToFill> list = Reports.small().toFill();

    assertThat(list).extracting(ToFill::field, ToFill::from).containsExactly(
        org.assertj.core.groups.Tuple.tuple("sections.basic_info.uv", FillFrom.OVERRIDES),
        org.assertj.core.groups.Tuple.tuple("sections.basic_info.pv", FillFrom.OVERRIDES),
        org.assertj.core.groups.Tuple.tuple("sections.basic_info.site_type", FillFrom.OVERRIDES),
        org.assertj.core.groups.Tuple.tuple("sections.mobile_media.weibo_posts", FillFrom.OVERRIDES));
    assertThat(list.get(0).how()).contains("analytics");
  }

  /** A supervision-shaped tree: a block with a field per period and one for the year. */
  private static Map<String, Map<String, Object>> periodTree() {
    Map<String, Object> training = new LinkedHashMap<>();
    training.put("q1", Map.of("sessions_held", Field.missing("培训次数")));
    training.put("year", Map.of("sessions_held", Field.crawled(3, List.of("a.json"), "counted")));
    training.put("published_url", Field.missing("公开网址"));
    Map<String, Map<String, Object>> tree = new LinkedHashMap<>();
    tree.put("training", training);
    return tree;
  }

  @Test
  void aFieldInsideAPeriodIsReplacedAndTheTreeIsOtherwiseUnchanged() throws Exception {
    Map<String, Map<String, Object>> before = periodTree();

    Map<String, Map<String, Object>> after = overrides(new Override("training", "q1.sessions_held", 2, "")).apply(before);

    Field f = (Field) ((Map<?, ?>) after.get("training").get("q1")).get("sessions_held");
    assertThat(f.value()).isEqualTo(2);
    assertThat(f.source()).isEqualTo(Field.Source.MANUAL);
    assertThat(after.get("training").get("year")).isEqualTo(before.get("training").get("year"));
    assertThat(((Map<?, ?>) before.get("training").get("q1")).get("sessions_held")).isNotEqualTo(f);
  }

  @Test
  void aPathThroughAFieldSaysThatTheFieldTakesOneValue() {
    Overrides deep = overrides(new Override("training", "published_url.q1", "x", ""));

    assertThatThrownBy(() -> deep.apply(periodTree())).isInstanceOf(OverridesException.class)
        .hasMessage("overrides " + FILE + ": unknown field sections.training.published_url.q1"
            + " (sections.training.published_url takes one value, or {value, note})");
  }
}
