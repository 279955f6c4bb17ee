package io.github.govaudit.gensite;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The counts the report must show for the generated site, derived from the generator's own
 * design (never from running govaudit). Each field keeps the members it counts: item paths
 * (path plus query, starting with "/") or, for topics, the topic's first list page.
 *
 * @param fields members per field, keyed "section.field" as in the JSON report
 * @param undated paths of listed items that show no date anywhere
 * @param external URLs of list entries on other hosts
 */
public record Truth(int year, Map<String, Set<String>> fields, Set<String> undated, Set<String> external) {

    /** The report fields this truth covers, in report order. */
    public static final List<String> FIELDS = List.of(
            "info_publishing.total", "info_publishing.overview_updates", "info_publishing.news_updates",
            "info_publishing.disclosure_updates", "info_publishing.overlap",
            "topics.maintained", "topics.new",
            "interpretation.total", "interpretation.materials", "interpretation.products",
            "interpretation.media_reviews", "interpretation.hot_responses");

    public Truth {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        fields.forEach((field, members) -> copy.put(field, Set.copyOf(members)));
        fields = java.util.Collections.unmodifiableMap(copy);
        undated = Set.copyOf(undated);
        external = Set.copyOf(external);
    }

    /** The expected value of a field. */
    public int count(String field) {
        return members(field).size();
    }

    /** What a field counts, sorted. */
    public Set<String> members(String field) {
        Set<String> members = fields.get(field);
        if (members == null) {
            throw new IllegalArgumentException("no such field: " + field);
        }
        return new TreeSet<>(members);
    }

    /** Every item path the truth counts in any field, topics excluded. */
    public Set<String> countedItems() {
        Set<String> all = new TreeSet<>();
        fields.forEach((field, members) -> {
            if (!field.startsWith("topics.")) {
                all.addAll(members);
            }
        });
        return all;
    }
}
