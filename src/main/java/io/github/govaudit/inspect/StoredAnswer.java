package io.github.govaudit.inspect;

/**
 * What the crawl got when it fetched a URL, as the store keeps it.
 *
 * @param status HTTP status, 0 when no answer came
 * @param finalUrl where it answered (a redirect's target), or the URL itself
 * @param error why there was no usable answer, or empty
 * @param title the page's title (for soft-404s)
 * @param fetchedAt when it was fetched (ISO-8601)
 */
record StoredAnswer(int status, String finalUrl, String error, String title, String fetchedAt) {}
