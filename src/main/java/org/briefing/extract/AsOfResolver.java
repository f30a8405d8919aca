package org.briefing.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.briefing.domain.PartialDate;
import org.briefing.text.DateMention;
import org.briefing.text.Lower;
import org.briefing.text.Span;

/**
 * The time a claim speaks of: a date in its sentence ("from October 8 to 13" gives the 13th;
 * "on June 21"; "this week" and "on Thursday" against the article's date when it is known to the
 * day), else the article's date. A month without a year takes the article's year, or the year
 * before when that would put it after the article. Deadlines ("by November 1") and starts ("since
 * August 6") are not the time of the figure.
 */
final class AsOfResolver {

    record AsOf(PartialDate date, String basis) {
    }

    AsOf resolve(List<DateMention> mentions, PartialDate published) {
        return resolve(mentions, published, null);
    }

    /**
     * As {@link #resolve(List, PartialDate)}, but a date in the figure's own clause comes first, the nearest
     * to it: in "Russia exported 43 million tonnes in 2024/25, and the initiative moved 32.9 million tonnes
     * in the twelve months to July 2023" each figure has its own time.
     */
    AsOf resolve(List<DateMention> mentions, PartialDate published, Span clause, Span segment, int figureStart) {
        DateMention nearest = null;
        for (DateMention mention : mentions) {
            // a relative clause's date is the time of a figure inside it ("Washington, which pledged $500 million in
            // September 2024, froze …"), not of one outside it ("The mission, which began arriving a year ago, has …")
            boolean aside = mention.role() == DateMention.Role.ASIDE && mention.start() >= segment.start()
                    && mention.end() <= segment.end();
            if (aside) {
                return resolve(mentions, published, mention);
            }
            // "down from 71% on the same day in 2024": the compared date is the time of the compared figure in its clause
            // ("… 4.4 million birds, more than in the whole of 2023" compares with another figure, at that time)
            boolean compared = mention.role() == DateMention.Role.COMPARED && mention.start() > figureStart
                    && figureStart >= clause.start() && mention.end() <= clause.end() && mention.start() - figureStart < 60
                    && !Lower.containsAny(Lower.of(clause.text().substring(figureStart - clause.start(), mention.start() - clause.start())),
                            "than", "compared", "against");
            if ((mention.role() == DateMention.Role.POINT || compared) && mention.start() >= clause.start() && mention.end() <= clause.end()
                    && (nearest == null || Math.abs(mention.start() - figureStart) < Math.abs(nearest.start() - figureStart))) {
                nearest = mention;
            }
        }
        return resolve(mentions, published, nearest);
    }

    private AsOf resolve(List<DateMention> mentions, PartialDate published, DateMention first) {
        if (first != null) {
            PartialDate date = first.isRelative() ? relative(first, published) : calendar(first, published);
            if (date != null) {
                return new AsOf(date, "date in the sentence: '" + first.text() + "'");
            }
        }
        for (DateMention mention : mentions) {
            if (mention.role() != DateMention.Role.POINT) {
                continue;
            }
            PartialDate date = mention.isRelative() ? relative(mention, published) : calendar(mention, published);
            if (date != null) {
                return new AsOf(date, "date in the sentence: '" + mention.text() + "'");
            }
        }
        if (published == null) {
            return new AsOf(null, "undated: neither the sentence nor the article gives a date");
        }
        return new AsOf(published, "the article's date");
    }

    private static PartialDate calendar(DateMention mention, PartialDate published) {
        Integer year = (mention.endYear() != null) ? mention.endYear() : mention.year(); // a season's figure is its total
        if (year == null) {
            if (published == null) {
                return null;
            }
            year = published.year();
            if (mention.month() != null && published.hasMonth() && mention.month() > published.month() + 1) {
                year = year - 1;
            }
        }
        Integer day = (mention.endDay() != null) ? mention.endDay() : mention.day();
        try {
            return new PartialDate(year, mention.month(), (mention.month() == null) ? null : day);
        }
        catch (RuntimeException ex) {
            return null;
        }
    }

    private static PartialDate relative(DateMention mention, PartialDate published) {
        if (published == null) {
            return null;
        }
        if (!published.hasDay()) {
            return null; // "this week" in an article known only to the month says no more than the article
        }
        LocalDate reference = published.start();
        if (mention.weekday() != null) {
            DayOfWeek day = mention.weekday();
            LocalDate date = (mention.relativeOffset() > 0) ? reference.with(TemporalAdjusters.next(day))
                    : reference.with(TemporalAdjusters.previousOrSame(day));
            return PartialDate.of(date);
        }
        return switch (mention.relativeUnit()) {
            case "day" -> PartialDate.of(reference.plusDays(mention.relativeOffset()));
            case "week" -> PartialDate.of(reference.plusWeeks(mention.relativeOffset()));
            case "month" -> PartialDate.of(java.time.YearMonth.from(reference).plusMonths(mention.relativeOffset()));
            default -> new PartialDate(reference.getYear() + mention.relativeOffset(), null, null);
        };
    }
}
