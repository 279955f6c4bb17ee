package io.github.govaudit.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * What the server sends for one request: status, type, an optional redirect target, the body and,
 * for 200 answers, the validators a conditional request is checked against.
 *
 * @param location the redirect target (a path), or null
 * @param etag the entity tag, or null
 * @param lastModified the modification time, or null
 */
record Reply(int status, String contentType, String location, Body body, String etag, Instant lastModified) {

    static final String HTML_UTF8 = "text/html; charset=UTF-8";

    Reply {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }

    /** A body: its length (-1 when unknown: sent chunked) and how to write it. */
    interface Body {
        long length();

        void writeTo(OutputStream out) throws IOException;
    }

    /** A static file as it is stored. */
    static Reply of(StaticPage page) {
        return new Reply(200, page.contentType(), null, new Body() {
            @Override
            public long length() {
                return page.length();
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                page.writeTo(out);
            }
        }, page.etag(), page.lastModified());
    }

    /** A generated body, with validators made from its bytes. */
    static Reply bytes(int status, String contentType, byte[] bytes, Instant lastModified) {
        String etag = String.format("\"%x-%x\"", lastModified.getEpochSecond(), java.util.Arrays.hashCode(bytes) & 0xffffffffL);
        return new Reply(status, contentType, null, bodyOf(bytes), status == 200 ? etag : null,
                status == 200 ? lastModified : null);
    }

    /** A generated HTML page in UTF-8. */
    static Reply html(int status, String html, Instant lastModified) {
        return bytes(status, HTML_UTF8, html.getBytes(StandardCharsets.UTF_8), lastModified);
    }

    static Reply redirect(String location) {
        return new Reply(302, HTML_UTF8, location, bodyOf(new byte[0]), null, null);
    }

    static Reply notFound() {
        return new Reply(404, HTML_UTF8, null,
                bodyOf("<html><body><h1>404 页面不存在</h1></body></html>".getBytes(StandardCharsets.UTF_8)), null, null);
    }

    static Body bodyOf(byte[] bytes) {
        return new Body() {
            @Override
            public long length() {
                return bytes.length;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                out.write(bytes);
            }
        };
    }

    boolean isHtml() {
        return contentType.startsWith("text/html");
    }
}
