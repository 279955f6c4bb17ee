package io.github.govaudit.bench;

/** An endless redirect chain: {@code /r?n=1} answers 302 to {@code /r?n=2}, and so on. */
final class RedirectChainTrap implements Trap {

    static final String ENTRY = "/r?n=1";

    @Override
    public String name() {
        return "redirect chain";
    }

    @Override
    public boolean owns(Target target) {
        return target.path().equals("/r");
    }

    @Override
    public Reply answer(Target target) {
        long n;
        try {
            n = Long.parseLong(target.param("n").orElse("0"));
        } catch (NumberFormatException e) {
            n = 0;
        }
        return Reply.redirect("/r?n=" + (n + 1));
    }

    @Override
    public String rejectRegex() {
        return "/r\\?n=";
    }
}
