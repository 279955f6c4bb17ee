package io.github.govaudit.gensite;

/** An HTML page before encoding, with the charset it is written in and whether the header names it. */
record RenderedPage(String path, String html, boolean gbk, boolean headerCharset) {
}
