package org.briefing.domain;

import java.util.Objects;

/**
 * What a group of claims measures: the metric, its kind, the status of the counted group, the
 * unit and rate, and the period. Claims that answer the same question can be compared.
 *
 * @param id a stable key built from the other components
 * @param period the month the claims speak of ({@code YYYY-MM}), or "undated"
 * @param label how the briefing names the question
 */
public record Question(String id, String metric, String kind, String status, String unit, String per, String period,
        String label) {

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(label, "label");
    }
}
