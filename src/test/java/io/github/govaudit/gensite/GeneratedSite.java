package io.github.govaudit.gensite;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A generated government site: the files it serves (by path, with query) and the counts a
 * correct report must show for it.
 */
public record GeneratedSite(Map<String, SiteFile> files, Truth truth, SiteModel model) {

    public GeneratedSite {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /** The file at a path (with query), or null. */
    public SiteFile file(String path) {
        return files.get(path);
    }
}
