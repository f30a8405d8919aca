package org.briefing.app;

import java.time.ZonedDateTime;

import org.springframework.scheduling.support.CronExpression;

/**
 * When scheduled runs start: a cron expression, Spring's six fields (second minute hour
 * day-of-month month day-of-week, e.g. {@code 0 0 6 * * *}) or the classic five of crontab (then
 * at second 0), or a macro such as {@code @daily}. Times are in the process's time zone.
 */
final class Schedule {

    private final String text;

    private final CronExpression cron;

    private Schedule(String text, CronExpression cron) {
        this.text = text;
        this.cron = cron;
    }

    static Schedule parse(String text) {
        String trimmed = text.trim();
        String expression = (trimmed.split("\\s+").length == 5) ? "0 " + trimmed : trimmed;
        try {
            return new Schedule(trimmed, CronExpression.parse(expression));
        }
        catch (IllegalArgumentException ex) {
            throw new BadArgumentsException("not a cron expression: briefing.schedule=" + text
                    + " (use e.g. '0 0 6 * * *' or '0 6 * * *' for 06:00 every day)");
        }
    }

    /** The first tick strictly after {@code time}. */
    ZonedDateTime next(ZonedDateTime time) {
        ZonedDateTime next = this.cron.next(time);
        if (next == null) {
            throw new BadArgumentsException("briefing.schedule=" + this.text + " never fires again");
        }
        return next;
    }

    @Override
    public String toString() {
        return this.text;
    }
}
