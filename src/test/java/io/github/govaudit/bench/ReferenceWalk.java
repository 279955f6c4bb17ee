package io.github.govaudit.bench;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A walk over a site independent of govaudit: from the home page it follows anchors, the records
 * of Hanweb datastores and the paging real CMSs announce only in scripts (TRS
 * {@code createPageHTML(n, …)}, Hanweb {@code totalrecord} / {@code perpage} / {@code unitid} giving
 * {@code ?uid=U&pageNum=N}), and never enters a trap. What it reaches is what a crawler that
 * understands these sites and avoids every trap fetches.
 */
final class ReferenceWalk {

    private static final Pattern CREATE_PAGE = Pattern.compile(
            "createPageHTML\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*\"(\\w+)\"\\s*,\\s*\"(\\w+)\"\\s*\\)");
    private static final Pattern CDATA = Pattern.compile("<!\\[CDATA\\[(.*?)]]>", Pattern.DOTALL);
    private static final Pattern TOTAL_RECORD = Pattern.compile("totalrecord:\\s*(\\d+)");
    private static final Pattern PER_PAGE = Pattern.compile("perpage:\\s*(\\d+)");
    private static final Pattern UNIT = Pattern.compile("unitid:\\s*(\\d+)");

    private final Function<String, Optional<String>> htmlAt;
    private final Predicate<String> exists;
    private final Predicate<String> isTrap;
    private final Set<String> reached = new LinkedHashSet<>();
    private final Set<String> missing = new LinkedHashSet<>();

    /**
     * @param htmlAt the HTML of a page by path with query; empty for files that are not HTML or absent
     * @param exists whether the site holds a file at a path (HTML or not)
     * @param isTrap whether a URL (path with query) is a trap's
     */
    ReferenceWalk(Function<String, Optional<String>> htmlAt, Predicate<String> exists, Predicate<String> isTrap) {
        this.htmlAt = htmlAt;
        this.exists = exists;
        this.isTrap = isTrap;
    }

    /** A walk over a bench site's own content. */
    static ReferenceWalk over(BenchSite site) {
        return new ReferenceWalk(path -> site.content().get(path).filter(StaticPage::isHtml).map(StaticPage::text),
                path -> site.content().get(path).isPresent(),
                path -> site.traps().map(traps -> traps.isTrap(path)).orElse(false));
    }

    ReferenceWalk walk(String home) {
        Deque<String> queue = new ArrayDeque<>();
        queue.add(home);
        reached.add(home);
        while (!queue.isEmpty()) {
            String path = queue.poll();
            if (!exists.test(path)) {
                missing.add(path);
                continue;
            }
            Optional<String> html = htmlAt.apply(path);
            if (html.isEmpty()) {
                continue;
            }
            for (String link : links(path, html.get())) {
                if (!isTrap.test(link) && reached.add(link)) {
                    queue.add(link);
                }
            }
        }
        return this;
    }

    /** Paths (with query) the walk found links to, traps excluded. */
    Set<String> reached() {
        return Set.copyOf(reached);
    }

    /** Paths linked but not on the site. */
    Set<String> missing() {
        return Set.copyOf(missing);
    }

    private static Set<String> links(String path, String html) {
        Set<String> links = new LinkedHashSet<>();
        Document page = Jsoup.parse(html);
        for (Element anchor : page.select("a[href]")) {
            add(links, path, anchor.attr("href"));
        }
        for (Element script : page.select("script")) {
            String code = script.data();
            Matcher cdata = CDATA.matcher(code);
            while (cdata.find()) {
                for (Element anchor : Jsoup.parseBodyFragment(cdata.group(1)).select("a[href]")) {
                    add(links, path, anchor.attr("href"));
                }
            }
            Matcher trs = CREATE_PAGE.matcher(code);
            while (trs.find()) {
                for (int i = 1; i < Integer.parseInt(trs.group(1)); i++) {
                    add(links, path, trs.group(3) + "_" + i + "." + trs.group(4));
                }
            }
            Matcher total = TOTAL_RECORD.matcher(code);
            Matcher perPage = PER_PAGE.matcher(code);
            Matcher unit = UNIT.matcher(code);
            if (total.find() && perPage.find() && unit.find()) {
                int pages = (Integer.parseInt(total.group(1)) + Integer.parseInt(perPage.group(1)) - 1)
                        / Integer.parseInt(perPage.group(1));
                String base = Target.of(path).path();
                for (int n = 2; n <= pages; n++) {
                    links.add(base + "?uid=" + unit.group(1) + "&pageNum=" + n);
                }
            }
        }
        return links;
    }

    private static void add(Set<String> links, String page, String href) {
        if (href.startsWith("javascript:") || href.startsWith("mailto:") || href.startsWith("#")) {
            return;
        }
        String path = Touch.resolve(page, href.replace("&amp;", "&"));
        if (path != null) {
            links.add(path);
        }
    }
}
