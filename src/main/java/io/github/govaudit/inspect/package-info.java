/**
 * Periodic inspection (普查) of a crawled site against a ruleset (gb-2019-19 by default): home and
 * column freshness, blank columns, dead links and images, filing marks, HTTPS, IPv6 and home
 * availability, each as a {@link io.github.govaudit.inspect.Finding}; the verdict and the history of
 * inspections. Reads the store and the counting stage; never imports {@code cli} or {@code render}.
 */
package io.github.govaudit.inspect;
