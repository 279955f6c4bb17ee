package io.github.govaudit.crawl;

/**
 * What the crawl needs to know of one URL, worked out once: its canonical form, host, trap family,
 * fingerprint, and whether the profile lets it be fetched.
 *
 * @param url the canonical URL
 * @param host its lower-case host
 * @param family its trap family ({@link UrlPattern#familyOf})
 * @param varies whether it has a number in its path or a query (only such URLs spend trap budgets)
 * @param fingerprint its {@link UrlFingerprints#of} fingerprint
 * @param fetchable whether the profile lets the crawl fetch it
 */
record UrlFacts(String url, String host, String family, boolean varies, long fingerprint, boolean fetchable) {

  /** The trap pattern this URL spends when found on a page of {@code pageFamily}, or null. */
  String spendsOn(String pageFamily) {
    return varies && family.equals(pageFamily) ? family : null;
  }
}
