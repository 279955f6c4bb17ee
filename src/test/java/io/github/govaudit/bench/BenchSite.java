package io.github.govaudit.bench;

import io.github.govaudit.gensite.GeneratedSite;
import io.github.govaudit.gensite.SiteFile;
import io.github.govaudit.gensite.SiteGenerator;
import io.github.govaudit.gensite.Truth;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A generated government site for the benchmark, deterministic from (seed, page count): the
 * provincial department site of {@code gensite} grown to the asked number of HTML pages, with
 * real page weights and, optionally, the trap overlay. Every page is rendered once and kept as
 * bytes. The truth (report counts) is exact at every size; the real pages are every HTML page the
 * site holds, which a reference walk reaches without entering a trap.
 */
public final class BenchSite {

    public static final int REPORT_YEAR = SiteGenerator.REPORT_YEAR;
    public static final String HOME = "/index.html";
    /** Last-Modified of every file until it is touched: the day after the site's newest item. */
    static final Instant GENERATED_AT = Instant.parse((REPORT_YEAR + 1) + "-01-21T00:00:00Z");
    private static final Charset GBK = Charset.forName("GBK");

    private final long seed;
    private final SiteContent content;
    private final Truth truth;
    private final Traps traps;
    private final Set<String> realPages;
    private final Set<String> listPages;

    private BenchSite(long seed, SiteContent content, Truth truth, Traps traps, Set<String> listPages) {
        this.seed = seed;
        this.content = content;
        this.truth = truth;
        this.traps = traps;
        this.realPages = content.htmlPaths();
        this.listPages = Set.copyOf(listPages);
    }

    /** The site grown to about htmlPages HTML pages (no fewer than gensite's base, about 540). */
    public static BenchSite generate(long seed, int htmlPages, boolean withTraps) {
        return of(new SiteGenerator(seed, REPORT_YEAR).generate(htmlPages), seed, withTraps);
    }

    /** A bench site made of an already generated site (for instance gensite's own small one). */
    public static BenchSite of(GeneratedSite site, long seed, boolean withTraps) {
        SiteContent content = new SiteContent();
        Traps traps = withTraps ? new Traps(seed, REPORT_YEAR, content, HOME, new ArrayList<>(site.listPages()),
                GENERATED_AT) : null;
        for (SiteFile file : site.files().values()) {
            if (!file.isHtml()) {
                content.add(file.path(), new StaticPage(file.body(), file.contentType(), null, GENERATED_AT));
                continue;
            }
            byte[] bytes = file.body();
            Charset charset = charsetOf(bytes);
            String html = PageWeight.add(new String(bytes, charset));
            if (traps != null) {
                html = traps.inject(file.path(), html);
            }
            content.add(file.path(), StaticPage.html(html, charset, file.contentType(), GENERATED_AT));
        }
        if (traps != null) {
            traps.realPages().forEach((path, html) ->
                    content.add(path, StaticPage.html(html, StandardCharsets.UTF_8, Reply.HTML_UTF8, GENERATED_AT)));
        }
        return new BenchSite(seed, content, site.truth(), traps, site.listPages());
    }

    public long seed() {
        return seed;
    }

    /** What a correct report shows for the site (trap pages count for nothing). */
    public Truth truth() {
        return truth;
    }

    /** The trap overlay, when the site has one. */
    public Optional<Traps> traps() {
        return Optional.ofNullable(traps);
    }

    /** Paths (with query) of every real HTML page: what a crawl that avoids every trap fetches. */
    public Set<String> realPages() {
        return realPages;
    }

    /** Paths of the list pages of the generated columns. */
    public Set<String> listPages() {
        return listPages;
    }

    /** Every file: HTML pages, images, attachments, the style sheet. */
    public int files() {
        return content.size();
    }

    /** An item counted in info_publishing.total, with a TRS page: the one the benchmark touches. */
    public String touchSample() {
        return new TreeSet<>(truth.members("info_publishing.total")).stream()
                .filter(path -> path.matches(".*/t\\d{8}_\\d+\\.html")).findFirst()
                .orElseGet(() -> truth.members("info_publishing.total").iterator().next());
    }

    SiteContent content() {
        return content;
    }

    private static Charset charsetOf(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException notUtf8) {
            return GBK;
        }
    }
}
