package io.github.govaudit.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govaudit.inspect.Finding;
import io.github.govaudit.inspect.Inspection;
import io.github.govaudit.inspect.InspectionVerdict;
import io.github.govaudit.inspect.LinkSummary;
import io.github.govaudit.inspect.Severity;
import io.github.govaudit.inspect.Status;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The inspection page shows crawled text as text: markup escaped, and only http(s) addresses linked. */
class InspectionHtmlTest {

  @Test
  void escapesCrawledMarkupAndLinksOnlyWebAddresses() throws Exception {
    Finding f = new Finding("blank_column", Severity.SINGLE_VETO, Status.FAIL, "javascript:alert(1)",
        "column 「<img src=x onerror=alert(1)>」 lists no item", "0 items", "a column must have content",
        List.of(new Finding.Evidence("http://a.gov.cn/tzgg/", "<script>alert(2)</script>")), "gb-2019-19 A3", "fix");
    Inspection i = new Inspection("inspection", new Inspection.SiteRef("<b>县</b>", "http://a.gov.cn/"), "2026-11-30", "t",
        "0.1.0", new Inspection.RulesetRef("gb-2019-19", "n", "s", "jar"), new Inspection.CrawlRef(1, "", ""),
        new InspectionVerdict(InspectionVerdict.Result.PASS, List.of(), 0, 100, 60, List.of()),
        Map.of("blank_column", new Inspection.CheckSummary(Severity.SINGLE_VETO, "fail", 1, 0, 0)), List.of(f), List.of(),
        new LinkSummary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of()), new Inspection.ProbeSummary(List.of(), 0));
    StringWriter out = new StringWriter();
    new InspectionHtml().write(i, out);
    String html = out.toString();
    assertThat(html).doesNotContain("<img src=x").doesNotContain("<script>").doesNotContain("<b>县")
        .doesNotContain("href=\"javascript:").contains("&lt;img src").contains("&lt;script&gt;").contains("href=\"http://a.gov.cn/tzgg/\"");
  }
}
