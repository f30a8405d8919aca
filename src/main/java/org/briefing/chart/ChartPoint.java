package org.briefing.chart;

import java.time.LocalDate;

/**
 * One figure to draw: a range at a date, in a series (the source's kind, for instance).
 *
 * @param low the lower bound, or {@code null} when the figure is only bounded above
 * @param high the upper bound, or {@code null} when it is only bounded below
 * @param best the marked value
 */
public record ChartPoint(String series, String label, LocalDate date, Long low, Long best, Long high) {
}
