package io.github.govaudit.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Conditional GET as nginx answers it for static files: {@code If-None-Match} naming the current
 * ETag gives 304; without it, {@code If-Modified-Since} not before Last-Modified gives 304.
 */
final class Conditional {

    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private Conditional() {
    }

    /** The reply, or 304 Not Modified when the client's copy is current. */
    static Reply apply(String ifNoneMatch, String ifModifiedSince, Reply reply) {
        if (reply.status() != 200) {
            return reply;
        }
        if (ifNoneMatch != null) {
            return reply.etag() != null && matches(ifNoneMatch, reply.etag()) ? notModified(reply) : reply;
        }
        if (ifModifiedSince != null && reply.lastModified() != null) {
            try {
                Instant since = Instant.from(HTTP_DATE.parse(ifModifiedSince.trim()));
                if (!reply.lastModified().isAfter(since)) {
                    return notModified(reply);
                }
            } catch (DateTimeParseException e) {
                return reply; // an unreadable date is ignored, as nginx does
            }
        }
        return reply;
    }

    static String format(Instant instant) {
        return HTTP_DATE.format(instant);
    }

    private static boolean matches(String header, String etag) {
        String plain = strip(etag);
        for (String candidate : header.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || strip(c).equals(plain)) {
                return true;
            }
        }
        return false;
    }

    private static String strip(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static Reply notModified(Reply reply) {
        return new Reply(304, reply.contentType(), null, Reply.bodyOf(new byte[0]), reply.etag(), reply.lastModified());
    }
}
