package io.github.govaudit.gensite;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A generated government site: the files it serves (by path, with query) and the counts a
 * correct report must show for it.
 */
public record GeneratedSite(Map<String, SiteFile> files, Truth truth, SiteModel model) {

    public GeneratedSite {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /** Paths (with query) of every page that lists items: TRS, Hanweb and home-grown list pages. */
    public Set<String> listPages() {
        Set<String> pages = new LinkedHashSet<>();
        model.columns().forEach(column -> pages.addAll(ListPageRenderer.listPagePaths(column)));
        return Collections.unmodifiableSet(pages);
    }

    /** The file at a path (with query), or null. */
    public SiteFile file(String path) {
        return files.get(path);
    }
}
