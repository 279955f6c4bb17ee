package io.github.govaudit.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * An event calendar, {@code /calendar/index.html?date=YYYY-MM-DD}, answering any date: each day
 * links the days of its month, the previous and next day and month, and its {@code &view=week}
 * twin, which links weeks the same way. It never runs out.
 */
final class CalendarTrap implements Trap {

    static final String PATH = "/calendar/index.html";

    private final LocalDate first;
    private final Instant modified;

    /** @param first the day the home page links to */
    CalendarTrap(LocalDate first, Instant modified) {
        this.first = first;
        this.modified = modified;
    }

    /** The link the home page carries. */
    String entry() {
        return PATH + "?date=" + first;
    }

    @Override
    public String name() {
        return "calendar";
    }

    @Override
    public boolean owns(Target target) {
        return target.path().startsWith("/calendar/");
    }

    @Override
    public Reply answer(Target target) {
        LocalDate day = target.param("date").map(this::parse).orElse(first);
        boolean week = target.param("view").filter("week"::equals).isPresent();
        StringBuilder body = new StringBuilder("<h2>活动日历</h2>\n<form action=\"index.html\" method=\"get\">")
                .append("<input type=\"text\" name=\"date\" value=\"").append(day).append("\"></form>\n");
        if (week) {
            body.append("<table class=\"week\"><tr>");
            LocalDate monday = day.minusDays(day.getDayOfWeek().getValue() - 1L);
            for (int i = 0; i < 7; i++) {
                body.append("<td>").append(link(monday.plusDays(i), "", String.valueOf(monday.plusDays(i).getDayOfMonth())))
                        .append("</td>");
            }
            body.append("</tr></table>\n<p>本周暂无活动安排。</p>\n<div class=\"cal-nav\">")
                    .append(link(day.minusWeeks(1), "&view=week", "上一周")).append(' ')
                    .append(link(day.plusWeeks(1), "&view=week", "下一周")).append(' ')
                    .append(link(day.minusMonths(1), "&view=week", "上个月")).append(' ')
                    .append(link(day.plusMonths(1), "&view=week", "下个月")).append(' ')
                    .append(link(day, "", "日视图"));
        } else {
            YearMonth month = YearMonth.from(day);
            body.append("<table class=\"month\"><tr>");
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                body.append("<td>").append(link(month.atDay(d), "", String.valueOf(d))).append("</td>")
                        .append(d % 7 == 0 ? "</tr><tr>" : "");
            }
            body.append("</tr></table>\n<p>当日暂无活动安排。</p>\n<div class=\"cal-nav\">")
                    .append(link(day.minusDays(1), "", "前一天")).append(' ')
                    .append(link(day.plusDays(1), "", "后一天")).append(' ')
                    .append(link(day.minusMonths(1), "", "上个月")).append(' ')
                    .append(link(day.plusMonths(1), "", "下个月")).append(' ')
                    .append(link(day, "&view=week", "周视图"));
        }
        body.append("</div>\n");
        return Reply.html(200, TrapChrome.page("活动日历", "<span>活动日历</span>", body.toString()), modified);
    }

    @Override
    public String rejectRegex() {
        return "/calendar/";
    }

    private static String link(LocalDate day, String extra, String label) {
        return "<a href=\"index.html?date=" + day + TrapChrome.esc(extra) + "\">" + label + "</a>";
    }

    private LocalDate parse(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return first;
        }
    }
}
