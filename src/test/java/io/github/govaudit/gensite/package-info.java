/** A generated government website with known counts, served on loopback, for end-to-end tests. */
package io.github.govaudit.gensite;
