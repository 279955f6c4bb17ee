package io.github.govaudit.inspect;

/**
 * A page that links to (or shows) a target, with the text a reader sees for it.
 *
 * @param page the page's URL
 * @param text the anchor text, or the image's alt text
 */
record LinkSource(String page, String text) {}
