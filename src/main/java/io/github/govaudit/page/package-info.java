/**
 * Page understanding without network: page type, title, publish date, column, category, main list
 * and paging of one stored page, read in one pass with the links the page reveals ({@link
 * io.github.govaudit.page.PageAnalyzer#read}), and the compact stored form of an analysis ({@link
 * io.github.govaudit.page.PageAnalysisCodec}).
 */
package io.github.govaudit.page;
