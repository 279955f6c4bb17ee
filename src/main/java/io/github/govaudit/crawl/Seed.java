package io.github.govaudit.crawl;

/**
 * A URL the crawler starts from, with its link distance from the home page, so that a resumed
 * crawl keeps counting depth where the interrupted one stopped.
 *
 * @param url the URL, in canonical form
 * @param depth link distance from the home page
 */
public record Seed(String url, int depth) {}
