package io.github.govaudit.gensite;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference walk over the generated files, independent of govaudit: follows anchors, the
 * records of Hanweb datastores and TRS createPageHTML() paging, to show what a crawler can reach.
 */
final class SiteCrawl {

    private static final String ORIGIN = "http://127.0.0.1";
    private static final Pattern CREATE_PAGE = Pattern.compile(
            "createPageHTML\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*\"(\\w+)\"\\s*,\\s*\"(\\w+)\"\\s*\\)");
    private static final Pattern CDATA = Pattern.compile("<!\\[CDATA\\[(.*?)]]>", Pattern.DOTALL);

    private final GeneratedSite site;
    private final Set<String> reached = new LinkedHashSet<>();
    private final Set<String> missing = new LinkedHashSet<>();

    SiteCrawl(GeneratedSite site) {
        this.site = site;
    }

    /** Walks from the home page; returns this walk. */
    SiteCrawl walk() {
        Deque<String> queue = new ArrayDeque<>();
        queue.add("/index.html");
        reached.add("/index.html");
        while (!queue.isEmpty()) {
            String path = queue.poll();
            SiteFile file = site.file(path);
            if (file == null) {
                missing.add(path);
                continue;
            }
            if (!file.isHtml()) {
                continue;
            }
            for (String link : links(path, decode(file))) {
                if (reached.add(link)) {
                    queue.add(link);
                }
            }
        }
        return this;
    }

    /** Site paths (with query) the walk found links to. */
    Set<String> reached() {
        return Set.copyOf(reached);
    }

    /** Site paths linked but not served. */
    Set<String> missing() {
        return Set.copyOf(missing);
    }

    static String decode(SiteFile file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(file.body())).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(file.body(), SiteRenderer.GBK);
        }
    }

    private static Set<String> links(String path, String html) {
        String base = ORIGIN + path;
        Set<String> links = new LinkedHashSet<>();
        Document page = Jsoup.parse(html, base);
        for (Element anchor : page.select("a[href]")) {
            addLink(links, anchor.absUrl("href"));
        }
        for (Element script : page.select("script")) {
            String code = script.data();
            Matcher cdata = CDATA.matcher(code);
            while (cdata.find()) {
                for (Element anchor : Jsoup.parseBodyFragment(cdata.group(1), base).select("a[href]")) {
                    addLink(links, anchor.absUrl("href"));
                }
            }
            Matcher paging = CREATE_PAGE.matcher(code);
            while (paging.find()) {
                int pages = Integer.parseInt(paging.group(1));
                for (int i = 1; i < pages; i++) {
                    addLink(links, URI.create(base).resolve(paging.group(3) + "_" + i + "." + paging.group(4)).toString());
                }
            }
        }
        return links;
    }

    private static void addLink(Set<String> links, String absolute) {
        if (!absolute.startsWith(ORIGIN + "/")) {
            return;
        }
        URI uri = URI.create(absolute);
        links.add(uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery());
    }
}
