package io.github.govaudit.count;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govaudit.features.SiteFeatures;
import io.github.govaudit.interaction.ReplyLimit;
import io.github.govaudit.page.CategoryRules;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InteractionTest {

  private static Site siteLinking(Map<String, String> anchors) {
    return new Site(null, "http://www.gj.gov.cn/", Map.of(), anchors, Optional.empty(), new MarkTally(),
        SiteFeatures.NONE, Set.of("www.gj.gov.cn"), 0, 0, Map.of(), List.of());
  }

  private static Map<String, Field> interaction(Site site) {
    return Interaction.count(List.of(), ItemIndex.build(site, List.of(), CategoryRules.defaults()), site, 2026,
        ReplyLimit.standard());
  }

  @Test
  void aLinkLabelledAsAQaRobotIsTheIntelligentQaEntryWithItsAddress() {
    Map<String, Field> f = interaction(siteLinking(Map.of(
        "http://znwd.gj.gov.cn/robot/index.html", "智能问答",
        "http://www.gj.gov.cn/hdjl/szxx/", "市长信箱")));
    assertThat(f.get("intelligent_qa").value()).isEqualTo("yes");
    assertThat(f.get("intelligent_qa").evidence()).containsExactly("http://znwd.gj.gov.cn/robot/index.html");
  }

  @Test
  void withoutSuchALinkTheEntryAndTheColumnlessCountsAreLeftToAPerson() {
    Map<String, Field> f = interaction(siteLinking(Map.of("http://www.gj.gov.cn/hdjl/szxx/", "市长信箱")));
    assertThat(f.get("intelligent_qa").source()).isEqualTo(Field.Source.MISSING);
    assertThat(f.get("consultations").source()).isEqualTo(Field.Source.MISSING);
    assertThat(f.get("consultations").note()).contains("征集调查");
    assertThat(f.keySet()).containsExactlyElementsOf(NotYetMeasured.INTERACTION);
  }
}
