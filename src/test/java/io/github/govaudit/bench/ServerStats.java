package io.github.govaudit.bench;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The server's counters since the last reset: requests, bytes sent, answers by status, 304s, HTML
 * pages answered 200, distinct URLs, requests into traps and distinct real pages served.
 */
final class ServerStats {

    private final LongAdder requests = new LongAdder();
    private final LongAdder bytes = new LongAdder();
    private final LongAdder pages = new LongAdder();
    private final LongAdder notModified = new LongAdder();
    private final LongAdder trapRequests = new LongAdder();
    private final Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();
    private final Set<String> urls = ConcurrentHashMap.newKeySet();
    private final Set<String> realPages = ConcurrentHashMap.newKeySet();

    /**
     * @param realPage the real HTML page answered (200 or 304), or null
     */
    void record(String pathAndQuery, int status, long sent, boolean html, boolean trap, String realPage) {
        requests.increment();
        bytes.add(sent);
        byStatus.computeIfAbsent(status, s -> new LongAdder()).increment();
        if (status == 200 && html) {
            pages.increment();
        }
        if (status == 304) {
            notModified.increment();
        }
        if (trap) {
            trapRequests.increment();
        }
        urls.add(pathAndQuery);
        if (realPage != null) {
            realPages.add(realPage);
        }
    }

    void reset() {
        requests.reset();
        bytes.reset();
        pages.reset();
        notModified.reset();
        trapRequests.reset();
        byStatus.clear();
        urls.clear();
        realPages.clear();
    }

    long requests() {
        return requests.sum();
    }

    /** The counters as a JSON object. */
    Map<String, Object> snapshot(int realPagesOnSite) {
        Map<String, Long> statuses = new TreeMap<>();
        byStatus.forEach((status, count) -> statuses.put(String.valueOf(status), count.sum()));
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("requests", requests.sum());
        json.put("pages", pages.sum());
        json.put("not_modified", notModified.sum());
        json.put("bytes", bytes.sum());
        json.put("by_status", statuses);
        json.put("distinct_urls", urls.size());
        json.put("trap_requests", trapRequests.sum());
        json.put("real_pages_served", realPages.size());
        json.put("real_pages_on_site", realPagesOnSite);
        return json;
    }
}
