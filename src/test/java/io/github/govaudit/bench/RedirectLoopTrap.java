package io.github.govaudit.bench;

/** A redirect loop: {@code /go/a} answers 302 to {@code /go/b}, which answers 302 back to {@code /go/a}. */
final class RedirectLoopTrap implements Trap {

    static final String ENTRY = "/go/a";

    @Override
    public String name() {
        return "redirect loop";
    }

    @Override
    public boolean owns(Target target) {
        return target.path().startsWith("/go/");
    }

    @Override
    public Reply answer(Target target) {
        return Reply.redirect(target.path().equals(ENTRY) ? "/go/b" : ENTRY);
    }

    @Override
    public String rejectRegex() {
        return "/go/";
    }
}
