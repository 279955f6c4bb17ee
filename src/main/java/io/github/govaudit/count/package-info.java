/**
 * Counting report fields from understood pages: the column tree, the items and their dates, and
 * each field of the work report with the evidence behind it, as counting-rules.md defines them.
 */
package io.github.govaudit.count;
