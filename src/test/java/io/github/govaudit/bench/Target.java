package io.github.govaudit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a request asks for: the raw path (path parameters such as {@code ;jsessionid=} included)
 * and the raw query, empty when there is none.
 */
record Target(String path, String query) {

    Target {
        query = query == null ? "" : query;
    }

    /** Splits "path?query". */
    static Target of(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        return q < 0 ? new Target(pathAndQuery, "") : new Target(pathAndQuery.substring(0, q), pathAndQuery.substring(q + 1));
    }

    String pathAndQuery() {
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** The value of a query parameter, if present. */
    Optional<String> param(String name) {
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return Optional.of(pair.substring(eq + 1));
            }
        }
        return Optional.empty();
    }

    /** This target without the named query parameters (others keep their order). */
    Target without(List<String> names) {
        List<String> kept = new ArrayList<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (!pair.isEmpty() && !names.contains(name)) {
                kept.add(pair);
            }
        }
        return new Target(path, String.join("&", kept));
    }
}
