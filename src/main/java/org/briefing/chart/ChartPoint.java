package org.briefing.chart;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One figure to draw: a range, in a series (the kind of source, for instance), at a date or on a
 * row of its own.
 *
 * @param series the legend entry: points of one series share colour and marker
 * @param ref the short name printed next to the figure ({@code C5}), so a reader finds it in the
 * register
 * @param label the row's label where figures are drawn one per row
 * @param date the date the figure speaks of, or {@code null} when unknown (left out over time)
 * @param low the lower bound, or {@code null} when the figure is only bounded above
 * @param best the marked value, or {@code null} to mark the middle of the range
 * @param high the upper bound, or {@code null} when it is only bounded below
 */
public record ChartPoint(String series, String ref, String label, LocalDate date, Long low, Long best, Long high) {

    public ChartPoint {
        Objects.requireNonNull(series, "series");
        ref = (ref == null) ? "" : ref;
        label = (label == null) ? ref : label;
        if (low == null && high == null && best == null) {
            throw new IllegalArgumentException("a chart point needs a value: " + ref);
        }
    }

    /** The value marked: the best figure, else the geometric middle of the range, else its one bound. */
    double marked() {
        if (this.best != null) {
            return this.best;
        }
        if (this.low != null && this.high != null) {
            return Math.sqrt((double) this.low * this.high);
        }
        return (this.low != null) ? this.low : this.high;
    }

    double lowest() {
        return (this.low != null) ? this.low : marked();
    }

    double highest() {
        return (this.high != null) ? this.high : marked();
    }
}
