package io.github.govaudit.inspect;

import io.github.govaudit.marks.FilingMarks;
import java.util.Map;

/**
 * What one pass over the stored pages gives the inspection.
 *
 * @param answers what the crawl got for each stored URL
 * @param links each link target with the pages that link to it
 * @param images each image with the pages that show it
 * @param marks the filing marks of each HTML page read whole (pages cut at the size limit aside)
 * @param scriptedLists pages whose script loads content after they arrive and that do not say they
 *     are empty: a list read there without items is unverified, not blank
 */
record ScannedSite(Map<String, StoredAnswer> answers, Map<String, LinkSources> links,
    Map<String, LinkSources> images, Map<String, FilingMarks> marks, java.util.Set<String> scriptedLists) {}
