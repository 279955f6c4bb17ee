package io.github.govaudit.bench;

import io.github.govaudit.gensite.SiteGenerator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Pins that the bare loop asks for every URL once and reads even bodies that never end. */
class BareFetchLoopTest {

    @Test
    void fetchesEveryUrlOnceWithoutFollowingRedirectsOrReadingPastTheLimit() throws Exception {
        BenchSite site = BenchSite.of(new SiteGenerator(20260512L, SiteGenerator.REPORT_YEAR).generate(), 1, true);
        try (BenchSiteServer server = BenchSiteServer.start(site, 0, 4)) {
            List<String> urls = new ArrayList<>();
            site.realPages().stream().limit(200).forEach(path -> urls.add(server.homeUrl() + path.substring(1)));
            urls.add(server.homeUrl() + "go/a");
            urls.add(server.homeUrl() + "files/ssjc.html");
            BareFetchLoop.Fetched fetched = BareFetchLoop.run(urls, 3, 120);
            assertThat(fetched.requests()).isEqualTo(urls.size());
            assertThat(fetched.failures()).isZero();
            assertThat(server.requests()).isEqualTo(urls.size());
        }
    }
}
