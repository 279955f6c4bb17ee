/** Fetching a site politely within its allowed hosts: the crawler, charset decoding, link discovery. */
package io.github.govaudit.crawl;
