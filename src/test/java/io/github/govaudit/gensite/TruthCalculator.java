package io.github.govaudit.gensite;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Applies counting-rules.md to the site model: which items each report field counts for the
 * report year. Works on the design (columns, their entries, item dates), not on pages.
 */
final class TruthCalculator {

    private static final Pattern INTERPRETATION_COLUMN = Pattern.compile("政策解读|解读|图解|一图读懂|视频解读|媒体解读|专家解读");
    private static final Pattern INTERPRETATION_TITLE = Pattern.compile("解读|图解");
    private static final Pattern PRODUCT = Pattern.compile("图解|一图读懂|图读|长图|漫画|动漫|视频|微视频|H5|音频");
    private static final Pattern MEDIA_COLUMN = Pattern.compile("媒体解读|媒体评论|媒体视角");
    private static final Pattern HOT_RESPONSE_COLUMN = Pattern.compile("回应关切|回应社会关切|舆情回应|热点回应");
    private static final Set<String> NEWS_OUTLETS = Set.of("人民日报", "新华社", "光明日报", "经济日报", "人民网",
            "新华网", "央视", "广西日报");

    private final SiteModel model;
    private final Map<Item, Set<Column>> listings = new LinkedHashMap<>();

    TruthCalculator(SiteModel model) {
        this.model = model;
        for (Column column : model.columns()) {
            for (Entry entry : column.listedEntries()) {
                if (!entry.isExternal()) {
                    listings.computeIfAbsent(entry.item(), item -> new LinkedHashSet<>()).add(column);
                }
            }
        }
    }

    Truth truth() {
        int year = model.year();
        Map<String, Set<String>> fields = new LinkedHashMap<>();
        Truth.FIELDS.forEach(field -> fields.put(field, new TreeSet<>()));
        Set<String> undated = new TreeSet<>();
        listings.forEach((item, columns) -> {
            if (!item.isDated()) {
                undated.add(item.path());
                return;
            }
            if (!item.publishedIn(year)) {
                return;
            }
            countPublishing(item, columns, fields);
            countInterpretation(item, columns, fields);
        });
        countTopics(fields);
        return new Truth(year, fields, undated, externalEntries());
    }

    /** The columns listing each item. */
    Map<Item, Set<Column>> listings() {
        return java.util.Collections.unmodifiableMap(listings);
    }

    static Category category(Column column) {
        if (column.hasAncestorNamed("信息公开")) {
            return Category.DISCLOSURE;
        }
        return switch (column.trail().get(0).name()) {
            case "机构概况" -> Category.OVERVIEW;
            case "政务动态" -> Category.NEWS;
            default -> Category.OTHER;
        };
    }

    private void countPublishing(Item item, Set<Column> columns, Map<String, Set<String>> fields) {
        Set<Category> categories = EnumSet.noneOf(Category.class);
        columns.forEach(column -> categories.add(category(column)));
        if (item.disclosure() != null) {
            categories.add(Category.DISCLOSURE);
        }
        fields.get("info_publishing.total").add(item.path());
        if (categories.contains(Category.OVERVIEW)) {
            fields.get("info_publishing.overview_updates").add(item.path());
        }
        if (categories.contains(Category.NEWS)) {
            fields.get("info_publishing.news_updates").add(item.path());
        }
        if (categories.contains(Category.DISCLOSURE)) {
            fields.get("info_publishing.disclosure_updates").add(item.path());
        }
        categories.remove(Category.OTHER);
        if (categories.size() >= 2) {
            fields.get("info_publishing.overlap").add(item.path());
        }
    }

    private void countInterpretation(Item item, Set<Column> columns, Map<String, Set<String>> fields) {
        if (columns.stream().anyMatch(c -> HOT_RESPONSE_COLUMN.matcher(c.name()).find())) {
            fields.get("interpretation.hot_responses").add(item.path());
        }
        InterpretationKind kind = interpretationKind(item, columns);
        if (kind == null) {
            return;
        }
        fields.get("interpretation.total").add(item.path());
        fields.get(switch (kind) {
            case PRODUCT -> "interpretation.products";
            case MEDIA_REVIEW -> "interpretation.media_reviews";
            case MATERIAL -> "interpretation.materials";
        }).add(item.path());
    }

    /** The kinds an item qualifies for; empty when it is no interpretation. */
    static Set<InterpretationKind> interpretationKinds(Item item, Set<Column> columns) {
        Set<InterpretationKind> kinds = EnumSet.noneOf(InterpretationKind.class);
        boolean interpretation = INTERPRETATION_TITLE.matcher(item.title()).find()
                || columns.stream().anyMatch(c -> INTERPRETATION_COLUMN.matcher(c.name()).find());
        if (!interpretation) {
            return kinds;
        }
        if (item.graphic() || PRODUCT.matcher(item.title()).find()
                || columns.stream().anyMatch(c -> PRODUCT.matcher(c.name()).find())) {
            kinds.add(InterpretationKind.PRODUCT);
        }
        if (NEWS_OUTLETS.contains(item.source())
                || columns.stream().anyMatch(c -> MEDIA_COLUMN.matcher(c.name()).find())) {
            kinds.add(InterpretationKind.MEDIA_REVIEW);
        }
        if (kinds.isEmpty()) {
            kinds.add(InterpretationKind.MATERIAL);
        }
        return kinds;
    }

    private static InterpretationKind interpretationKind(Item item, Set<Column> columns) {
        Set<InterpretationKind> kinds = interpretationKinds(item, columns);
        return kinds.isEmpty() ? null : kinds.iterator().next();
    }

    private void countTopics(Map<String, Set<String>> fields) {
        for (Column topic : model.topics()) {
            List<LocalDate> dates = topic.subtree().stream()
                    .flatMap(column -> column.listedEntries().stream())
                    .filter(entry -> !entry.isExternal() && entry.item().isDated())
                    .map(entry -> entry.item().published().toLocalDate())
                    .sorted(Comparator.naturalOrder())
                    .toList();
            if (dates.stream().anyMatch(date -> date.getYear() == model.year())) {
                fields.get("topics.maintained").add(topic.firstPage());
            }
            if (!dates.isEmpty() && dates.get(0).getYear() == model.year()) {
                fields.get("topics.new").add(topic.firstPage());
            }
        }
    }

    private Set<String> externalEntries() {
        Set<String> external = new TreeSet<>();
        model.columns().forEach(column -> column.listedEntries().stream()
                .filter(Entry::isExternal).map(Entry::externalUrl).filter(Objects::nonNull).forEach(external::add));
        return external;
    }

    /** Kinds of interpretation, as counting-rules.md names them. */
    enum InterpretationKind {
        PRODUCT, MEDIA_REVIEW, MATERIAL
    }
}
