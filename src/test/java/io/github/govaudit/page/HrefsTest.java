package io.github.govaudit.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HrefsTest {

  private static final List<String> BASES = List.of(
      "http://www.example.gov.cn/xxgk/zcwj/index.html",
      "http://www.example.gov.cn/xxgk/zcwj/",
      "http://www.example.gov.cn",
      "https://Example.gov.cn:8443/a/b/c.shtml?page=2#top",
      "http://127.0.0.1:8080/col/col4521/index.html?uid=1&pageNum=2",
      "http://www.example.gov.cn/a/./b/../c/list.html",
      "http://user@www.example.gov.cn/a/b.html",
      "http://www.example.gov.cn/a b/c.html",
      "file:///tmp/saved/page.html",
      "file:/tmp/saved/page.html",
      "not a url",
      "");

  private static final List<String> HREFS = List.of(
      "http://www.example.gov.cn/a.html", "https://x.gov.cn", "https://x.gov.cn?x=1", "https://x.gov.cn#f",
      "http://x.gov.cn:80/a", "http://x.gov.cn:080/a", "http://x.gov.cn:/a", "http://x.gov.cn:123456/a",
      "http://user:pw@x.gov.cn/a", "HTTP://X.gov.cn/a", "http://x.gov.cn/./a", "http://x.gov.cn/../a",
      "http://x.gov.cn/a/../b", "http://x_y.gov.cn/a", "http://[::1]/a", "http:///a", "http://x.gov.cn/a b",
      " http://x.gov.cn/a", "http://x.gov.cn/a\n", "\thttp://x.gov.cn/a", "http://x.gov.cn/中文.html",
      "http://x.gov.cn/a?b=c/./d#e?f", "http://x.gov.cn/a#b#c", "http://x.gov.cn/a#", "http:x.html",
      "/", "/a/b.html", "/a/b.html?x=1&y=2#z", "//cdn.example.com/x.js", "/./a", "/../a", "/a/./b", "/a/../b",
      "/a/..", "/a/.", "/a:b", "////a", "/a?b", "/a#", "/中文",
      "b.html", "./b.html", "../b.html", "../../b.html", "./../b.html", "././b.html", ".//b.html", "./",
      ".", "..", "a/.", "a/..", "a/./b", "a/../b", ".hidden/x", "..x/y", "a.", "./a?x=./y", "a#b?c", "a?b#c",
      "t20240512_123.html", "./t20240512_123.html", "?page=2", "#top", "", "  ", "javascript:void(0)",
      "mailto:a@b.cn", "tel:123", "a:b", "x?a:b", "x/a:b", "url:http://x.gov.cn/a", "index_1.shtml",
      "a\\b.html", "a b.html", "a%20b.html", "\u0001a.html", "./a/b/c.html?q=1#f");

  @Test
  void resolvesEveryHrefOfEveryBaseExactlyAsJsoupDoes() {
    List<String> differences = new ArrayList<>();
    for (String base : BASES) {
      Document doc = Jsoup.parse("<html><body></body></html>", base);
      Hrefs hrefs = new Hrefs();
      for (String href : HREFS) {
        Element a = doc.body().appendElement("a").attr("href", href);
        compare(hrefs, a, differences);
        compare(hrefs, a, differences);
      }
      compare(hrefs, doc.body().appendElement("a"), differences);
    }
    assertThat(differences).isEmpty();
  }

  @Test
  void resolvesEveryLinkOfTheCorpusExactlyAsJsoupDoes() {
    List<String> differences = new ArrayList<>();
    int links = 0;
    for (PageCorpus.Page p : new PageCorpus().fixtures()) {
      Document doc = Jsoup.parse(p.html(), p.url());
      Hrefs hrefs = new Hrefs();
      for (Element a : doc.select("[href]")) {
        compare(hrefs, a, differences);
        links++;
      }
    }
    assertThat(links).isGreaterThan(5000);
    assertThat(differences).isEmpty();
  }

  @Test
  void aSecondResolutionOfTheSameHrefGivesTheSameUrl() {
    Document doc = Jsoup.parse("<a href='../x/./y.html'>a</a><a href='../x/./y.html'>b</a>", "http://h.gov.cn/a/b/c.html");
    Hrefs hrefs = new Hrefs();
    assertThat(hrefs.absolute(doc.select("a").get(0))).isEqualTo("http://h.gov.cn/a/x/y.html");
    assertThat(hrefs.absolute(doc.select("a").get(1))).isEqualTo("http://h.gov.cn/a/x/y.html");
  }

  private static void compare(Hrefs hrefs, Element a, List<String> differences) {
    String expected = a.absUrl("href");
    String actual = hrefs.absolute(a);
    if (!expected.equals(actual)) {
      differences.add("base " + a.baseUri() + " href " + a.attr("href") + ": jsoup " + expected + ", ours " + actual);
    }
  }
}
