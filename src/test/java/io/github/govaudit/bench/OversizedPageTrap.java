package io.github.govaudit.bench;

import java.time.Instant;

/**
 * Pages over any sensible size limit, served as {@code text/html}: a 40 MB table with its
 * Content-Length, and a page sent chunked that does not end (cut only after {@value #ENDLESS_LIMIT}
 * bytes, or when the client hangs up).
 */
final class OversizedPageTrap implements Trap {

    static final String HUGE = "/files/tjhb.html";
    static final String ENDLESS = "/files/ssjc.html";
    /** The big page's size. */
    static final long HUGE_BYTES = 40L * 1024 * 1024;
    /** The endless page stops after this much, so a server thread is never lost for good. */
    static final long ENDLESS_LIMIT = 4L * 1024 * 1024 * 1024;

    private final Instant modified;

    OversizedPageTrap(Instant modified) {
        this.modified = modified;
    }

    @Override
    public String name() {
        return "oversized page";
    }

    @Override
    public boolean owns(Target target) {
        return target.path().equals(HUGE) || target.path().equals(ENDLESS);
    }

    @Override
    public Reply answer(Target target) {
        boolean huge = target.path().equals(HUGE);
        Reply.Body body = huge ? OversizedBodies.sized(HUGE_BYTES) : OversizedBodies.endless(ENDLESS_LIMIT);
        return new Reply(200, Reply.HTML_UTF8, null, body, huge ? "\"" + Long.toHexString(modified.getEpochSecond())
                + "-" + Long.toHexString(HUGE_BYTES) + "\"" : null, modified);
    }

    @Override
    public String rejectRegex() {
        return "/files/(tjhb|ssjc)\\.html";
    }
}
