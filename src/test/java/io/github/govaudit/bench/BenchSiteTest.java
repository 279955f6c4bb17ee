package io.github.govaudit.bench;

import io.github.govaudit.gensite.Truth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Pins how the bench site grows, what it holds, and that its real pages are what a walk reaches. */
class BenchSiteTest {

    private static final long SEED = 20260512L;
    private static final int PAGES = 1500;

    private static BenchSite site;

    @BeforeAll
    static void generate() {
        site = BenchSite.generate(SEED, PAGES, true);
    }

    @Test
    void growsToAboutTheAskedNumberOfPages() {
        assertThat(site.realPages().size()).isBetween(PAGES * 97 / 100, PAGES * 103 / 100);
        assertThat(BenchSite.generate(SEED, 100, false).realPages().size()).isBetween(500, 600);
    }

    @Test
    void sameSeedAndSizeGiveTheSamePages() {
        BenchSite again = BenchSite.generate(SEED, PAGES, true);
        assertThat(again.realPages()).isEqualTo(site.realPages());
        site.content().forEach((path, page) ->
                assertThat(again.content().get(path).orElseThrow().bytes()).as(path).isEqualTo(page.bytes()));
        assertThat(again.truth()).isEqualTo(site.truth());
    }

    @Test
    void realPagesAreWhatAReferenceWalkReachesWithoutEnteringATrap() {
        ReferenceWalk walk = ReferenceWalk.over(site).walk(BenchSite.HOME);
        assertThat(walk.missing()).isEmpty();
        Set<String> reachedPages = walk.reached().stream().filter(site.realPages()::contains)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(reachedPages).isEqualTo(site.realPages());
    }

    @Test
    void truthNamesOnlyRealPagesAndCountsItemsOfEveryKind() {
        Truth truth = site.truth();
        truth.countedItems().forEach(path -> assertThat(site.content().get(path)).as(path).isPresent());
        assertThat(site.realPages()).containsAll(truth.members("info_publishing.news_updates"));
        Truth.FIELDS.forEach(field -> assertThat(truth.count(field)).as(field).isPositive());
        assertThat(truth.count("info_publishing.total")).isGreaterThan(400);
        assertThat(truth.count("topics.maintained")).isGreaterThan(truth.count("topics.new"));
    }

    @Test
    void grownColumnsUseEveryPagingSchemeAndKeepGbkSections() {
        assertThat(site.realPages()).anyMatch(p -> p.matches("/col/col\\d+/index\\.html\\?uid=\\d+&pageNum=\\d+"))
                .anyMatch(p -> p.matches("/zwdt/gddt/\\w+/index_\\d+\\.html"))
                .anyMatch(p -> p.matches("/zwdt/csdt/\\w+/list_\\d+\\.html"))
                .anyMatch(p -> p.matches("/zwdt/mtgz/list\\.jsp\\?page=\\d+"));
        String gbkList = site.content().get("/zwdt/csdt/bgs/list.html").orElseThrow().text();
        assertThat(site.content().get("/zwdt/csdt/bgs/list.html").orElseThrow().charset()).isEqualTo(Charset.forName("GBK"));
        assertThat(gbkList).contains("办公室", "网站标识码");
        Set<Integer> years = site.realPages().stream().filter(p -> p.matches(".*/t\\d{8}_\\d+\\.html"))
                .map(p -> Integer.parseInt(p.replaceAll(".*/t(\\d{4})\\d{4}_.*", "$1"))).collect(Collectors.toSet());
        assertThat(years).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void pagesWeighWhatRealPagesWeigh() {
        long bytes = site.realPages().stream().mapToLong(p -> site.content().get(p).orElseThrow().length()).sum();
        assertThat(bytes / site.realPages().size()).isBetween(10_000L, 30_000L);
    }
}
