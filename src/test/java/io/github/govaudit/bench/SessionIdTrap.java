package io.github.govaudit.bench;

/**
 * Real pages under session ids ({@code ;jsessionid=}, {@code ?sid=}, {@code ?PHPSESSID=}): the
 * server answers the real page whatever the id, and its links carry ids never seen before.
 */
final class SessionIdTrap implements Trap {

    private final PageVariants variants;

    SessionIdTrap(PageVariants variants) {
        this.variants = variants;
    }

    @Override
    public String name() {
        return "session ids";
    }

    @Override
    public boolean owns(Target target) {
        return SessionIds.find(target).isPresent();
    }

    @Override
    public Reply answer(Target target) {
        return variants.answer(target);
    }

    @Override
    public String rejectRegex() {
        return ";jsessionid=|[?&]sid=|[?&]PHPSESSID=";
    }
}
