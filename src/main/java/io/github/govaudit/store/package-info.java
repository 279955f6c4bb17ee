/** The embedded page store: every response of every crawl in a Lucene index, searchable in Chinese. */
package io.github.govaudit.store;
