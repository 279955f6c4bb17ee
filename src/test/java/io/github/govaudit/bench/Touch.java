package io.github.govaudit.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Changes one item the way an editor revising it would: a new title and a revision note on its
 * page, and the new title in every anchor that links to it (list pages, channel blocks, 上一篇 /
 * 下一篇 of its neighbours). Every changed page gets a new Last-Modified, hence a new ETag.
 */
final class Touch {

    /** What a revised title starts with. */
    static final String REVISED = "（修订）";
    private static final String NOTE = "<p class=\"revised\">本文内容已修订。</p>\n";
    private static final Pattern ANCHOR = Pattern.compile("<a\\s[^>]*?href=\"([^\"]*)\"[^>]*>(.*?)</a>", Pattern.DOTALL);
    private static final Pattern TITLE_ATTR = Pattern.compile("title=\"([^\"]*)\"");
    private static final Pattern ARTICLE_TITLE = Pattern.compile("<meta name=\"ArticleTitle\" content=\"([^\"]*)\">");

    /** What a touch changed: the item, its titles before and after, and every page rewritten. */
    record Result(String path, String oldTitle, String newTitle, List<String> pages) {
        Result {
            pages = List.copyOf(pages);
        }
    }

    private final SiteContent content;
    private Instant last = BenchSite.GENERATED_AT;

    Touch(SiteContent content) {
        this.content = content;
    }

    /** Revises the item at path; empty when the site has no such page. */
    synchronized Optional<Result> apply(String asked) {
        Optional<StaticPage> item = content.get(asked).filter(StaticPage::isHtml);
        if (item.isEmpty()) {
            return Optional.empty();
        }
        String path = content.path(asked).orElseThrow();
        byte[] needle = path.substring(path.lastIndexOf('/') + 1).getBytes(StandardCharsets.US_ASCII);
        Map<String, StaticPage> linking = new TreeMap<>();
        content.forEach((p, page) -> {
            if (!p.equals(path) && page.isHtml() && page.contains(needle)) {
                linking.put(p, page);
            }
        });
        String itemHtml = item.get().text();
        String oldTitle = linking.entrySet().stream()
                .flatMap(e -> titlesOfLinks(e.getKey(), e.getValue().text(), path).stream())
                .findFirst()
                .or(() -> first(ARTICLE_TITLE, itemHtml))
                .orElseThrow(() -> new IllegalStateException("no title known for " + path));
        String newTitle = REVISED + oldTitle;
        Instant at = next();
        List<String> changed = new ArrayList<>(List.of(path));
        content.put(path, item.get().withHtml(revise(itemHtml, oldTitle, newTitle), at));
        linking.forEach((p, page) -> {
            String html = page.text();
            String rewritten = relink(p, html, path, oldTitle, newTitle);
            if (!rewritten.equals(html)) {
                content.put(p, page.withHtml(rewritten, at));
                changed.add(p);
            }
        });
        return Optional.of(new Result(path, oldTitle, newTitle, changed));
    }

    private Instant next() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        last = now.isAfter(last) ? now : last.plusSeconds(1);
        return last;
    }

    private static String revise(String html, String oldTitle, String newTitle) {
        String revised = html.replace(TrapChrome.esc(oldTitle), TrapChrome.esc(newTitle));
        int footer = revised.lastIndexOf("<div class=\"yqlj");
        if (footer < 0) {
            footer = revised.lastIndexOf("<div class=\"footer\"");
        }
        return footer < 0 ? revised + NOTE : revised.substring(0, footer) + NOTE + revised.substring(footer);
    }

    private static List<String> titlesOfLinks(String page, String html, String target) {
        List<String> titles = new ArrayList<>();
        Matcher a = ANCHOR.matcher(html);
        while (a.find()) {
            if (target.equals(resolve(page, a.group(1)))) {
                first(TITLE_ATTR, a.group()).map(Touch::unescape).ifPresent(titles::add);
            }
        }
        return titles;
    }

    private static String relink(String page, String html, String target, String oldTitle, String newTitle) {
        Matcher a = ANCHOR.matcher(html);
        StringBuilder out = new StringBuilder();
        while (a.find()) {
            String anchor = a.group();
            if (target.equals(resolve(page, a.group(1)))) {
                anchor = retitle(anchor, a.group(2), oldTitle, newTitle);
            }
            a.appendReplacement(out, Matcher.quoteReplacement(anchor));
        }
        a.appendTail(out);
        return out.toString();
    }

    private static String retitle(String anchor, String text, String oldTitle, String newTitle) {
        String result = anchor.replace("title=\"" + TrapChrome.esc(oldTitle) + "\"", "title=\"" + TrapChrome.esc(newTitle) + "\"");
        String plain = unescape(text);
        String newText;
        if (plain.equals(oldTitle)) {
            newText = newTitle;
        } else if (plain.endsWith("…") && oldTitle.startsWith(plain.substring(0, plain.length() - 1))) {
            newText = newTitle.substring(0, Math.min(newTitle.length(), plain.length() - 1)) + "…";
        } else if (plain.contains(oldTitle)) {
            newText = plain.replace(oldTitle, newTitle);
        } else {
            return result;
        }
        int end = result.lastIndexOf(text);
        return end < 0 ? result : result.substring(0, end) + TrapChrome.esc(newText) + result.substring(end + text.length());
    }

    /** The path (with query) an href on page leads to, or null for other hosts and odd hrefs. */
    static String resolve(String page, String href) {
        try {
            URI uri = URI.create("http://site" + page.replace(" ", "%20")).resolve(unescape(href).trim());
            if (!"site".equals(uri.getHost())) {
                return null;
            }
            return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Optional<String> first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String unescape(String text) {
        return text.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
