package io.github.govaudit.bench;

/**
 * Sort and filter permutations of list pages ({@code ?sort=date|title&order=asc|desc&type=…}):
 * each is answered with the page's own entries, and its bar links every further combination.
 */
final class SortOrderTrap implements Trap {

    private final PageVariants variants;

    SortOrderTrap(PageVariants variants) {
        this.variants = variants;
    }

    @Override
    public String name() {
        return "sort and filter orders";
    }

    @Override
    public boolean owns(Target target) {
        return InjectedLinks.SORT_PARAMS.stream().anyMatch(name -> target.param(name).isPresent())
                && SessionIds.find(target).isEmpty();
    }

    @Override
    public Reply answer(Target target) {
        return variants.answer(target);
    }

    @Override
    public String rejectRegex() {
        return "[?&](sort|order|type)=";
    }
}
