package io.github.govaudit.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * The files a bench site serves, by path with query ({@code /a/b.html}, {@code /x/list.jsp?page=2}).
 * As on a dynamic server, the order of query parameters does not matter: {@code ?pageNum=2&uid=8}
 * finds the page written {@code ?uid=8&pageNum=2}. Safe for concurrent readers; a page is replaced
 * whole when an item is touched.
 */
final class SiteContent {

    private final Map<String, StaticPage> files = new ConcurrentHashMap<>();
    /** The path each file with two or more query parameters is stored at, by its parameters sorted. */
    private final Map<String, String> byParameters = new ConcurrentHashMap<>();

    Optional<StaticPage> get(String pathAndQuery) {
        return path(pathAndQuery).map(files::get);
    }

    /** The path (with query as the site writes it) of the file a URL asks for, if the site holds it. */
    Optional<String> path(String pathAndQuery) {
        if (files.containsKey(pathAndQuery)) {
            return Optional.of(pathAndQuery);
        }
        return Optional.ofNullable(byParameters.get(sortedParameters(pathAndQuery)));
    }

    /** Replaces a file the site holds. */
    void put(String pathAndQuery, StaticPage page) {
        if (files.replace(pathAndQuery, page) == null) {
            throw new IllegalStateException("no file at " + pathAndQuery);
        }
    }

    /** Adds a file; a second file at the same path is a programming error. */
    void add(String pathAndQuery, StaticPage page) {
        if (files.putIfAbsent(pathAndQuery, page) != null) {
            throw new IllegalStateException("two files at " + pathAndQuery);
        }
        if (pathAndQuery.indexOf('&') > pathAndQuery.indexOf('?') && pathAndQuery.indexOf('?') >= 0) {
            byParameters.put(sortedParameters(pathAndQuery), pathAndQuery);
        }
    }

    private static String sortedParameters(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        if (q < 0) {
            return pathAndQuery;
        }
        String[] parameters = pathAndQuery.substring(q + 1).split("&");
        Arrays.sort(parameters);
        return pathAndQuery.substring(0, q + 1) + String.join("&", parameters);
    }

    /** Paths of every HTML page, sorted. */
    Set<String> htmlPaths() {
        Set<String> paths = new TreeSet<>();
        files.forEach((path, page) -> {
            if (page.isHtml()) {
                paths.add(path);
            }
        });
        return paths;
    }

    int size() {
        return files.size();
    }

    void forEach(BiConsumer<String, StaticPage> action) {
        files.forEach(action);
    }
}
