package org.briefing.text;

import java.time.DayOfWeek;

/**
 * A date or period named in text, as written: the year may be missing ("on June 21"), the whole
 * mention may be relative ("this week", "on Thursday").
 *
 * @param endDay the last day of a range of days ("October 8 to 13"), else {@code null}
 * @param role how the text uses it: a point in time, a deadline ("by November 1"), or a start
 * ("since August 6")
 * @param weekday for "on Thursday", the day of the week
 * @param relativeUnit for "this week", "last month": {@code week}, {@code month}, {@code year} or
 * {@code day}
 * @param relativeOffset 0 for this, -1 for last, 1 for next
 * @param endYear for a season that spans two years ("the 2024/25 season"), its last year; {@code year} is its first
 */
public record DateMention(int start, int end, String text, Integer year, Integer month, Integer day, Integer endDay,
        Role role, DayOfWeek weekday, String relativeUnit, int relativeOffset, Integer endYear) {

    /** How a sentence uses a date. */
    public enum Role {

        POINT, DEADLINE, SINCE,

        /** The time of another figure that this one is compared with: "more than in the whole of 2023". */
        COMPARED,

        /** The time of what a relative clause tells in passing: "the mission, which began arriving a year ago, has". */
        ASIDE

    }

    public boolean isRelative() {
        return this.weekday != null || this.relativeUnit != null;
    }

    public boolean hasYear() {
        return this.year != null;
    }

    /** An absolute mention: it names at least a month or a year. */
    public boolean isCalendar() {
        return !isRelative() && (this.month != null || this.year != null);
    }

    DateMention withRole(Role newRole) {
        return new DateMention(this.start, this.end, this.text, this.year, this.month, this.day, this.endDay, newRole,
                this.weekday, this.relativeUnit, this.relativeOffset, this.endYear);
    }
}
