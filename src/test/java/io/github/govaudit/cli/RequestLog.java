package io.github.govaudit.cli;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The URLs (path and query) a fixture site was asked for, and what they tell about a crawl. */
record RequestLog(List<String> urls) {

    RequestLog {
        urls = List.copyOf(urls);
    }

    /** Everything the WireMock server received so far, oldest first. */
    static RequestLog of(WireMockExtension server) {
        return new RequestLog(server.getAllServeEvents().stream()
                .sorted(Comparator.comparing(event -> event.getRequest().getLoggedDate()))
                .map(ServeEvent::getRequest)
                .map(request -> request.getUrl())
                .toList());
    }

    static String pathOf(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    /** The requests whose path is an HTML page of {@code site} (any query string). */
    List<String> pageRequests(FixtureSite site) {
        return urls.stream().filter(url -> site.servesPage(pathOf(url))).toList();
    }

    Set<String> pagePathsRequested(FixtureSite site) {
        return pageRequests(site).stream().map(RequestLog::pathOf).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Page URLs of {@code site} asked for more than once, with how often. */
    Map<String, Long> pagesRequestedTwice(FixtureSite site) {
        Map<String, Long> counts = pageRequests(site).stream()
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        counts.values().removeIf(count -> count < 2);
        return counts;
    }
}
