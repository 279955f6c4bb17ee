package io.github.govaudit.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AnchorTallyTest {

  @Test
  void theTextMostLinksUseNamesTheUrl() {
    AnchorTally tally = new AnchorTally();
    tally.add("http://a.gov.cn/zwdt/", "更多");
    tally.add("http://a.gov.cn/zwdt/", "政务动态");
    tally.add("http://a.gov.cn/zwdt/", "政务动态");
    tally.add("http://a.gov.cn/zwgk/", "政府信息公开");

    assertThat(tally.mostUsed())
        .containsEntry("http://a.gov.cn/zwdt/", "政务动态")
        .containsEntry("http://a.gov.cn/zwgk/", "政府信息公开")
        .hasSize(2);
  }

  @Test
  void aTieGoesToTheTextThatSortsLastWhicheverCameFirst() {
    AnchorTally ab = new AnchorTally();
    ab.add("http://a.gov.cn/x/", "工作动态");
    ab.add("http://a.gov.cn/x/", "部门动态");
    AnchorTally ba = new AnchorTally();
    ba.add("http://a.gov.cn/x/", "部门动态");
    ba.add("http://a.gov.cn/x/", "工作动态");

    String last = "工作动态".compareTo("部门动态") > 0 ? "工作动态" : "部门动态";
    assertThat(ab.mostUsed()).containsEntry("http://a.gov.cn/x/", last);
    assertThat(ba.mostUsed()).containsEntry("http://a.gov.cn/x/", last);
  }

  @Test
  void countsFromManyThreadsAddUp() {
    AnchorTally tally = new AnchorTally();
    // 20,001 against 20,000, and a tie would go to 通知公告: a single lost count shows
    IntStream.range(0, 40_001).parallel().forEach(i -> tally.add("http://a.gov.cn/tzgg/", i % 2 == 0 ? "公告" : "通知公告"));

    assertThat(tally.mostUsed()).containsEntry("http://a.gov.cn/tzgg/", "公告");
  }
}
