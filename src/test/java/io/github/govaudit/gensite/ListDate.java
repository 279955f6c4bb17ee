package io.github.govaudit.gensite;

import java.time.LocalDate;

/** How a column's list prints the date beside each entry. */
enum ListDate {
    ISO, BRACKETED_ISO, CHINESE, SLASH,
    /** [05-12]; the year is in the item URL folder (./202605/…). */
    MONTH_DAY_URL_YEAR,
    /** 05-12 under a "2026年" heading that groups the rows. */
    MONTH_DAY_HEADING;

    String format(LocalDate date) {
        return switch (this) {
            case ISO -> date.toString();
            case BRACKETED_ISO -> "[" + date + "]";
            case CHINESE -> date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
            case SLASH -> String.format("%d/%02d/%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
            case MONTH_DAY_URL_YEAR -> String.format("[%02d-%02d]", date.getMonthValue(), date.getDayOfMonth());
            case MONTH_DAY_HEADING -> String.format("%02d-%02d", date.getMonthValue(), date.getDayOfMonth());
        };
    }
}
