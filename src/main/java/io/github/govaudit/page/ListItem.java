package io.github.govaudit.page;

import java.time.LocalDate;

/**
 * One entry of a column's main list.
 *
 * @param title the full title (the {@code title=} attribute when the text is cut with …)
 * @param url absolute URL of the entry
 * @param date the entry's date, or null when none is printed or its year cannot be resolved
 * @param dateText the date as printed ({@code 2024-05-12}, {@code [05-12]} …), or null
 */
public record ListItem(String title, String url, LocalDate date, String dateText) {}
