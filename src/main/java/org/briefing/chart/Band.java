package org.briefing.chart;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A consensus range drawn behind the figures: low to high, with the best estimate as a line.
 *
 * @param from the first day it holds for, or {@code null} for the whole chart
 * @param to the last day it holds for, or {@code null} for the whole chart
 * @param best the best estimate, or {@code null}
 */
public record Band(String label, LocalDate from, LocalDate to, long low, Long best, long high) {

    public Band {
        Objects.requireNonNull(label, "label");
        if (low > high) {
            throw new IllegalArgumentException("band low " + low + " is above high " + high);
        }
    }
}
