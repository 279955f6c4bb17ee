/**
 * The audit of many sites as an Apache Flink job: sites in, fetched keyed by host with its politeness
 * and robots.txt as keyed state, each site's pages into its own page store, one work report per site
 * out. Runs on an embedded MiniCluster or a cluster; imports no {@code cli} class.
 */
package io.github.govaudit.flink;
