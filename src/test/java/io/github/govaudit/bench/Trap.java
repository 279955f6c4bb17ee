package io.github.govaudit.bench;

/**
 * One kind of trap real government sites hold: which URLs are its own, what the server answers
 * there, and how a mirroring tool is told to leave it alone.
 */
interface Trap {

    /** A short name, as tests and the benchmark report it. */
    String name();

    /** Whether the requested URL belongs to this trap. */
    boolean owns(Target target);

    /** The answer for a URL this trap owns. */
    Reply answer(Target target);

    /** This trap's URLs as a POSIX extended regular expression (wget {@code --reject-regex}). */
    String rejectRegex();
}
