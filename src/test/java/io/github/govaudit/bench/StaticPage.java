package io.github.govaudit.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Objects;

/**
 * One file the site holds, rendered once and kept as bytes, with the validators nginx sends for a
 * static file: {@code Last-Modified} and an {@code ETag} made of the modification time and length.
 * The bytes are owned by this object and never handed out.
 */
final class StaticPage {

    private final byte[] body;
    private final String contentType;
    private final Charset charset;
    private final Instant lastModified;
    private final String etag;

    /**
     * @param body taken as is (the caller gives up the array)
     * @param charset the charset of a text body, or null for binary files
     */
    StaticPage(byte[] body, String contentType, Charset charset, Instant lastModified) {
        this.body = Objects.requireNonNull(body, "body");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.charset = charset;
        this.lastModified = Objects.requireNonNull(lastModified, "lastModified");
        this.etag = String.format("\"%x-%x\"", lastModified.getEpochSecond(), body.length);
    }

    /** An HTML page written in charset. */
    static StaticPage html(String html, Charset charset, String contentType, Instant lastModified) {
        return new StaticPage(html.getBytes(charset), contentType, charset, lastModified);
    }

    /** The same page with new HTML (same charset and type), modified at lastModified. */
    StaticPage withHtml(String html, Instant lastModified) {
        return html(html, charset, contentType, lastModified);
    }

    boolean isHtml() {
        return contentType.startsWith("text/html") && charset != null;
    }

    String text() {
        if (charset == null) {
            throw new IllegalStateException("not a text file");
        }
        return new String(body, charset);
    }

    Charset charset() {
        return charset;
    }

    String contentType() {
        return contentType;
    }

    Instant lastModified() {
        return lastModified;
    }

    String etag() {
        return etag;
    }

    int length() {
        return body.length;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(body);
    }

    /** Whether the bytes contain needle (ASCII needles find the same text in UTF-8 and GBK pages). */
    boolean contains(byte[] needle) {
        return Bytes.indexOf(body, needle, 0) >= 0;
    }

    /** A copy of the bytes, for tests. */
    byte[] bytes() {
        return body.clone();
    }
}
