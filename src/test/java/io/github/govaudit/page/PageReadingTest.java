package io.github.govaudit.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govaudit.crawl.Link;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageReadingTest {

  private final PageAnalyzer analyzer = new PageAnalyzer();
  private final RevealedLinks revealed = new RevealedLinks();

  @Test
  void oneReadGivesTheAnalysisAndTheRevealedLinksOfEveryFixturePage() {
    List<String> differences = new ArrayList<>();
    for (PageCorpus.Page p : new PageCorpus().fixtures()) {
      PageReading reading = analyzer.read(p.url(), Jsoup.parse(p.html(), p.url()));
      if (!reading.analysis().equals(analyzer.analyze(p.url(), Jsoup.parse(p.html(), p.url())))) {
        differences.add(p.name() + ": analysis");
      }
      if (!reading.revealed().equals(revealed.links(p.url(), Jsoup.parse(p.html(), p.url())))) {
        differences.add(p.name() + ": revealed links");
      }
    }
    assertThat(differences).isEmpty();
  }

  @Test
  void skimmingAPageGivesTheCrawlWhatReadingItGives() {
    List<String> differences = new ArrayList<>();
    for (PageCorpus.Page p : new PageCorpus().fixtures()) {
      CrawlNeeds skimmed = analyzer.skim(p.url(), Jsoup.parse(p.html(), p.url()));
      if (!skimmed.equals(analyzer.read(p.url(), Jsoup.parse(p.html(), p.url())).needs())) {
        differences.add(p.name());
      }
    }
    assertThat(differences).isEmpty();
  }

  @Test
  void aColumnListIsAListToTheCrawlAndAnArticleIsNot() {
    String list = "http://www.gxzf.gov.cn/xxgk/zcwj/index.html";
    assertThat(analyzer.skim(list, Fixtures.page("trs-list.html", list)).list()).isTrue();
    String article = "http://www.gxzf.gov.cn/xxgk/zcwj/t20240512_1234.html";
    assertThat(analyzer.skim(article, Fixtures.page("trs-item.html", article)).list()).isFalse();
  }

  @Test
  void readingTheSamePageTwiceGivesTheSameReading() {
    String url = "http://www.gxzf.gov.cn/xxgk/zcwj/index.html";
    Document doc = Fixtures.page("trs-list.html", url);
    assertThat(analyzer.read(url, doc)).isEqualTo(analyzer.read(url, doc));
  }

  @Test
  void aHanwebListRevealsItsOtherPagesBeforeItsEntries() {
    String url = "http://www.qingzhou.gov.cn/col/col1234/index.html";
    List<String> urls = analyzer.read(url, Fixtures.page("hanweb-list.html", url)).revealed().stream()
        .map(Link::url).toList();
    assertThat(urls.indexOf("http://www.qingzhou.gov.cn/col/col1234/index.html?uid=4567&pageNum=3"))
        .isNotNegative()
        .isLessThan(urls.indexOf("http://www.qingzhou.gov.cn/art/2024/5/12/art_1234_7688.html"));
  }
}
