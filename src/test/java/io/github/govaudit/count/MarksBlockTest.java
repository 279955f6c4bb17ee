package io.github.govaudit.count;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govaudit.marks.FilingMarks;
import io.github.govaudit.marks.Mark;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarksBlockTest {

  private static final String SITE = "http://www.gj.gov.cn";

  private static FilingMarks marks(String icp, String police, boolean badge, Set<Mark> malformed) {
    return new FilingMarks(Optional.of("4501990001"), "footer", Optional.ofNullable(icp), Optional.ofNullable(police),
        Optional.of("桂江市人民政府办公室"), Optional.empty(), Optional.empty(), badge, true, malformed);
  }

  @Test
  void comparesEveryPageWithTheHomePageAndListsThoseMissingDifferentOrMalformed() {
    FilingMarks home = marks("桂ICP备12003456号-1", "桂公网安备45019902000123号", true, Set.of());
    MarkTally tally = new MarkTally();
    tally.add(SITE + "/", home);
    tally.add(SITE + "/zwgk/a.html", home);
    tally.add(SITE + "/zwgk/b.html", marks(null, null, false, Set.of(Mark.ICP)));
    tally.add(SITE + "/zwgk/c.html", marks("桂ICP备12003456号-1", "桂公网安备45019902000999号", true, Set.of()));

    Map<String, MarksBlock.MarkSummary> block = MarksBlock.of(tally, Optional.of(home));

    MarksBlock.MarkSummary icp = block.get("icp");
    assertThat(icp.value()).isEqualTo("桂ICP备12003456号-1");
    assertThat(icp.comparedWith()).isEqualTo(MarksBlock.HOME);
    assertThat(icp.pagesChecked()).isEqualTo(4);
    assertThat(icp.pagesWith()).isEqualTo(3);
    assertThat(icp.pagesMissing()).containsExactly(SITE + "/zwgk/b.html");
    assertThat(icp.malformed()).containsExactly(SITE + "/zwgk/b.html");
    assertThat(icp.pagesDifferent()).isEmpty();
    MarksBlock.MarkSummary police = block.get("police");
    assertThat(police.pagesDifferent())
        .containsExactly(new MarksBlock.Different(SITE + "/zwgk/c.html", "桂公网安备45019902000999号"));
    assertThat(police.pagesWith()).isEqualTo(2);
    MarksBlock.MarkSummary badge = block.get("conac_badge");
    assertThat(badge.value()).isEqualTo(Mark.SHOWN);
    assertThat(badge.pagesMissing()).containsExactly(SITE + "/zwgk/b.html");
    assertThat(block).containsOnlyKeys("site_code", "icp", "police", "sponsor", "organizer", "conac_badge", "jiucuo");
  }

  @Test
  void withoutAHomeValueComparesWithTheValueMostPagesShowAndLeavesTheValueEmpty() {
    MarkTally tally = new MarkTally();
    tally.add(SITE + "/", marks(null, null, false, Set.of()));
    tally.add(SITE + "/a.html", marks(null, "桂公网安备45019902000123号", false, Set.of()));
    tally.add(SITE + "/b.html", marks(null, "桂公网安备45019902000123号", false, Set.of()));
    tally.add(SITE + "/c.html", marks(null, "桂公网安备45019902000999号", false, Set.of()));

    MarksBlock.MarkSummary police = MarksBlock.of(tally, Optional.of(marks(null, null, false, Set.of())))
        .get("police");

    assertThat(police.value()).isNull();
    assertThat(police.comparedWith()).isEqualTo(MarksBlock.MOST_PAGES);
    assertThat(police.pagesWith()).isEqualTo(2);
    assertThat(police.pagesDifferent()).extracting(MarksBlock.Different::url).containsExactly(SITE + "/c.html");
    assertThat(police.pagesMissing()).containsExactly(SITE + "/");
  }

  @Test
  void aMarkNoPageShowsIsMissingEverywhereWithNothingToCompare() {
    MarkTally tally = new MarkTally();
    tally.add(SITE + "/", FilingMarks.NONE);
    MarksBlock.MarkSummary organizer = MarksBlock.of(tally, Optional.empty()).get("organizer");
    assertThat(organizer.value()).isNull();
    assertThat(organizer.comparedWith()).isNull();
    assertThat(organizer.pagesWith()).isZero();
    assertThat(organizer.pagesMissing()).containsExactly(SITE + "/");
  }
}
