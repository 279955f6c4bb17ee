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
    private final Map<String, LongAdder> byTrap = new ConcurrentHashMap<>();
    private final Set<String> urls = ConcurrentHashMap.newKeySet();
    private final Set<String> realPages = ConcurrentHashMap.newKeySet();

    /**
     * @param trap the name of the trap that answered, or null
     * @param realPage the real HTML page answered (200 or 304), or null
     */
    void record(String pathAndQuery, int status, boolean html, String trap, String realPage) {
        requests.increment();
        byStatus.computeIfAbsent(status, s -> new LongAdder()).increment();
        if (status == 200 && html) {
            pages.increment();
        }
        if (status == 304) {
            notModified.increment();
        }
        if (trap != null) {
            trapRequests.increment();
            byTrap.computeIfAbsent(trap, t -> new LongAdder()).increment();
        }
        urls.add(pathAndQuery);
        if (realPage != null) {
            realPages.add(realPage);
        }
    }

    /** Adds the body bytes of an answer once it is sent (or cut short). */
    void sent(long bodyBytes) {
        bytes.add(bodyBytes);
    }

    void reset() {
        requests.reset();
        bytes.reset();
        pages.reset();
        notModified.reset();
        trapRequests.reset();
        byStatus.clear();
        byTrap.clear();
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
        Map<String, Long> traps = new TreeMap<>();
        byTrap.forEach((name, count) -> traps.put(name, count.sum()));
        json.put("trap_requests_by_trap", traps);
        json.put("real_pages_served", realPages.size());
        json.put("real_pages_on_site", realPagesOnSite);
        return json;
    }
}
