package org.briefing.domain;

import java.util.List;
import java.util.Objects;

/**
 * A figure no source gave, computed from claims and labelled as derived, with the arithmetic shown:
 * for example a payment per brigade-year from a payment range and a brigade range.
 *
 * @param arithmetic the computation in words and numbers
 */
public record DerivedFigure(String id, String label, Long low, Long high, String unit, String per, String arithmetic,
        List<String> claimIds) {

    public DerivedFigure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(arithmetic, "arithmetic");
        claimIds = List.copyOf(claimIds);
    }
}
