package io.github.govaudit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Talks to a bench site server's control endpoints: stats, reset, log, touch, info. */
final class ControlClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String origin;

    /** @param homeUrl the site's home URL, ending in "/" */
    ControlClient(String homeUrl) {
        this.origin = homeUrl.substring(0, homeUrl.length() - 1);
    }

    String origin() {
        return origin;
    }

    JsonNode info() throws IOException, InterruptedException {
        return JSON.readTree(get("info"));
    }

    /** The counters since the last reset. */
    Stats stats() throws IOException, InterruptedException {
        JsonNode s = JSON.readTree(get("stats"));
        Map<String, Long> traps = new TreeMap<>();
        s.path("trap_requests_by_trap").fields().forEachRemaining(e -> traps.put(e.getKey(), e.getValue().asLong()));
        return new Stats(s.path("requests").asLong(), s.path("pages").asLong(), s.path("not_modified").asLong(),
                s.path("trap_requests").asLong(), s.path("real_pages_served").asLong(), s.path("bytes").asLong(), traps);
    }

    void reset() throws IOException, InterruptedException {
        get("reset");
    }

    /** The request log since the last reset, one "METHOD STATUS /path?query" per line. */
    List<String> log() throws IOException, InterruptedException {
        String log = get("log");
        return log.isEmpty() ? List.of() : List.of(log.split("\n"));
    }

    /** Revises an item; its JSON answer. */
    JsonNode touch(String path) throws IOException, InterruptedException {
        return JSON.readTree(get("touch?path=" + URLEncoder.encode(path, StandardCharsets.UTF_8)));
    }

    private String get(String command) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(origin + Control.PREFIX + command))
                .timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException(command + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** Server counters: requests, HTML pages answered 200, 304s, requests into traps, distinct real pages, bytes. */
    record Stats(long requests, long pages, long notModified, long trapRequests, long realPages, long bytes,
                 Map<String, Long> trapRequestsByTrap) {
        Stats {
            trapRequestsByTrap = Map.copyOf(trapRequestsByTrap);
        }
    }
}
