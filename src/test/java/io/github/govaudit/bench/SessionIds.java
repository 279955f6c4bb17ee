package io.github.govaudit.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Session ids the way servers put them in URLs when a client keeps no cookie: Tomcat's
 * {@code ;jsessionid=} path parameter (32 upper-case hex), {@code ?sid=} (32 hex) and PHP's
 * {@code ?PHPSESSID=} (26 characters). Ids are derived, not random, so a site is the same on every
 * run, yet every page served under one id links with another.
 */
final class SessionIds {

    /** The three forms. */
    enum Kind {
        JSESSIONID(32, true), SID(32, false), PHPSESSID(26, false);

        private final int length;
        private final boolean upper;

        Kind(int length, boolean upper) {
            this.length = length;
            this.upper = upper;
        }
    }

    /** A session id found in a URL. */
    record Session(Kind kind, String id) {
    }

    private static final Pattern PATH_PARAM = Pattern.compile("^(.*?);jsessionid=([^;/?]*)$", Pattern.CASE_INSENSITIVE);
    private static final List<String> QUERY_PARAMS = List.of("sid", "PHPSESSID");

    private SessionIds() {
    }

    static Optional<Session> find(Target target) {
        Matcher m = PATH_PARAM.matcher(target.path());
        if (m.matches()) {
            return Optional.of(new Session(Kind.JSESSIONID, m.group(2)));
        }
        Optional<String> sid = target.param("sid");
        if (sid.isPresent()) {
            return Optional.of(new Session(Kind.SID, sid.get()));
        }
        return target.param("PHPSESSID").map(id -> new Session(Kind.PHPSESSID, id));
    }

    /** The target without any session id. */
    static Target strip(Target target) {
        Matcher m = PATH_PARAM.matcher(target.path());
        Target t = m.matches() ? new Target(m.group(1), target.query()) : target;
        return t.without(QUERY_PARAMS);
    }

    /** A link to pathAndQuery carrying a session id of kind. */
    static String link(String pathAndQuery, Kind kind, String id) {
        Target t = Target.of(pathAndQuery);
        return switch (kind) {
            case JSESSIONID -> new Target(t.path() + ";jsessionid=" + id, t.query()).pathAndQuery();
            case SID -> pathAndQuery + (t.query().isEmpty() ? "?" : "&") + "sid=" + id;
            case PHPSESSID -> pathAndQuery + (t.query().isEmpty() ? "?" : "&") + "PHPSESSID=" + id;
        };
    }

    /** A session id of kind derived from a seed text (another seed, another id). */
    static String id(Kind kind, String seed) {
        long a = mix(seed.hashCode() * 0x9E3779B97F4A7C15L + seed.length());
        long b = mix(a ^ 0xD1B54A32D192ED03L);
        String hex = String.format("%016x%016x", a, b).substring(0, kind.length);
        return kind.upper ? hex.toUpperCase(Locale.ROOT) : hex;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
