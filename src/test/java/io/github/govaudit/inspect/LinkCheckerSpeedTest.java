package io.github.govaudit.inspect;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Links checked per second on loopback, printed: {@code mvn -Dtest=LinkCheckerSpeedTest test}. Two
 * hosts (127.0.0.1 and localhost, the same WireMock server), 2 requests per host at once, no delay,
 * pages answering after 5 ms: each link costs a HEAD and a GET (soft-404 check).
 */
class LinkCheckerSpeedTest {

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void checksSixHundredLinksOfTwoHostsAndFindsThemAllAnswering() throws Exception {
    server.stubFor(any(urlPathMatching("/page.*")).willReturn(aResponse().withStatus(200).withFixedDelay(5)
        .withHeader("Content-Type", "text/html; charset=UTF-8").withBody("<html><head><title>正常页面</title></head><body>"
            + "内容".repeat(400) + "</body></html>")));
    server.stubFor(any(urlPathMatching("/robots.txt")).willReturn(aResponse().withStatus(404)));
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      urls.add("http://127.0.0.1:" + server.getPort() + "/page" + i + ".html");
      urls.add("http://localhost:" + server.getPort() + "/page" + i + ".html");
    }
    Ruleset.LinkPolicy p = new RulesetLoader().defaults().ruleset().links().withDelayMs(0);
    try (LinkChecker c = new LinkChecker(p, "govaudit-test")) {
      c.check(urls.get(0));
      long t0 = System.nanoTime();
      Map<String, LinkResult> results = c.checkAll(urls);
      double seconds = (System.nanoTime() - t0) / 1e9;
      System.out.printf("LinkCheckerSpeedTest: %d links on 2 hosts in %.2f s: %.0f links/s%n", urls.size(), seconds,
          urls.size() / seconds);
      assertThat(results.values()).allMatch(r -> r.outcome() == LinkOutcome.OK);
    }
  }
}
