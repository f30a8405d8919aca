package org.briefing.domain;

import java.util.Locale;

/** How a source put a figure forward. */
public enum Modality {

    /** Stated as fact. */
    REPORTED,

    /** Estimated, believed, assessed, conditional ("could", "if"). */
    ESTIMATE,

    /** Intended, planned, expected: a figure about the future. */
    PLAN,

    /** Put about without confirmation: "there are reports", "allegedly", "no official statement". */
    UNVERIFIED_CLAIM,

    /** Denied, or declared without evidence. */
    DENIAL;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
