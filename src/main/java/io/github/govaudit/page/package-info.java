/** Page understanding without network: page type, title, publish date, column, category, main list and paging of one stored page. */
package io.github.govaudit.page;
