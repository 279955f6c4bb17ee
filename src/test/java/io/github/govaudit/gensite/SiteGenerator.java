package io.github.govaudit.gensite;

import java.util.Random;

/**
 * Generates a provincial department's website with known truth: designs the model from a
 * seed, renders it to files and applies the counting rules to the design. The same seed and
 * year always give the same site.
 */
public final class SiteGenerator {

    /** The report year the fixture is built around. */
    public static final int REPORT_YEAR = 2026;

    private final long seed;
    private final int year;

    public SiteGenerator(long seed, int year) {
        this.seed = seed;
        this.year = year;
    }

    public GeneratedSite generate() {
        return render(new SiteDesigner(seed, year).design());
    }

    /**
     * The same site grown with bulk columns (cities, offices, disclosure categories, topics) to
     * about {@code htmlPages} HTML pages; no smaller than the base design (about 540 pages). The
     * truth is exact at every size.
     */
    public GeneratedSite generate(int htmlPages) {
        SiteModel base = new SiteDesigner(seed, year).design();
        return render(new BulkDesigner(seed, htmlPages, year).grow(base, htmlPages));
    }

    private GeneratedSite render(SiteModel model) {
        Truth truth = new TruthCalculator(model).truth();
        return new GeneratedSite(new SiteRenderer(model, new Random(seed ^ 0x5DEECE66DL)).render(), truth, model);
    }
}
