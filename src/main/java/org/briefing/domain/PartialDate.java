package org.briefing.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A calendar date known to the year, the month or the day, as news reporting usually gives it.
 * Written as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month == null && day != null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != null) {
            LocalDate.of(year, month, day); // throws on 31 February and the like
        }
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public static PartialDate of(YearMonth month) {
        return new PartialDate(month.getYear(), month.getMonthValue(), null);
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    public static PartialDate parse(String text) {
        String[] parts = text.trim().split("-");
        try {
            return switch (parts.length) {
                case 1 -> new PartialDate(Integer.parseInt(parts[0]), null, null);
                case 2 -> new PartialDate(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), null);
                case 3 -> new PartialDate(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[2]));
                default -> throw new IllegalArgumentException("not a date: " + text);
            };
        }
        catch (NumberFormatException ex) {
            throw new IllegalArgumentException("not a date: " + text, ex);
        }
    }

    public boolean hasDay() {
        return this.day != null;
    }

    public boolean hasMonth() {
        return this.month != null;
    }

    /** The first day this date can mean. */
    public LocalDate start() {
        return LocalDate.of(this.year, this.month == null ? 1 : this.month, this.day == null ? 1 : this.day);
    }

    /** The last day this date can mean. */
    public LocalDate end() {
        if (this.day != null) {
            return start();
        }
        if (this.month != null) {
            return YearMonth.of(this.year, this.month).atEndOfMonth();
        }
        return LocalDate.of(this.year, 12, 31);
    }

    /** The same date cut to month precision (a year stays a year). */
    public PartialDate toMonth() {
        return new PartialDate(this.year, this.month, null);
    }

    @Override
    public int compareTo(PartialDate other) {
        int byStart = start().compareTo(other.start());
        return (byStart != 0) ? byStart : end().compareTo(other.end());
    }

    @Override
    public String toString() {
        if (this.month == null) {
            return String.format("%04d", this.year);
        }
        if (this.day == null) {
            return String.format("%04d-%02d", this.year, this.month);
        }
        return String.format("%04d-%02d-%02d", this.year, this.month, this.day);
    }
}
