/**
 * The crawl benchmark: a scalable generated government site with the traps real sites hold, a
 * loopback server for it with request counters and conditional GET, and the runner behind
 * {@code bench/run} that compares govaudit with wget and a bare fetch loop on the same site.
 */
package io.github.govaudit.bench;
