package io.github.govaudit.gensite;

import java.util.Objects;

/**
 * One file the generated site serves: its path (with query, if any), its bytes and the
 * Content-Type header to send.
 */
public record SiteFile(String path, byte[] body, String contentType) {

    public SiteFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(contentType, "contentType");
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** Whether this file is an HTML page. */
    public boolean isHtml() {
        return contentType.startsWith("text/html");
    }
}
