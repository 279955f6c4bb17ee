package io.github.govaudit.cli;

import java.nio.charset.StandardCharsets;

/** A response body that a fixture site serves at one path, with the Content-Type header it is sent with. */
record ServedFile(String contentType, byte[] body) {

    static ServedFile utf8Html(String html) {
        return new ServedFile("text/html; charset=UTF-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** An old-style page: whatever bytes, and a header that names no charset. */
    static ServedFile undeclaredHtml(byte[] bytes) {
        return new ServedFile("text/html", bytes);
    }

    static ServedFile robots(String text) {
        return new ServedFile("text/plain", text.getBytes(StandardCharsets.UTF_8));
    }

    boolean isHtml() {
        return contentType.startsWith("text/html");
    }
}
