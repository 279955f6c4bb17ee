package io.github.govaudit.bench;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * The files a bench site serves, by path with query ({@code /a/b.html}, {@code /x/list.jsp?page=2}).
 * Safe for concurrent readers; a page is replaced whole when an item is touched.
 */
final class SiteContent {

    private final Map<String, StaticPage> files = new ConcurrentHashMap<>();

    Optional<StaticPage> get(String pathAndQuery) {
        return Optional.ofNullable(files.get(pathAndQuery));
    }

    void put(String pathAndQuery, StaticPage page) {
        files.put(pathAndQuery, page);
    }

    /** Adds a file; a second file at the same path is a programming error. */
    void add(String pathAndQuery, StaticPage page) {
        if (files.putIfAbsent(pathAndQuery, page) != null) {
            throw new IllegalStateException("two files at " + pathAndQuery);
        }
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
