package org.briefing.domain;

import java.util.Locale;

/** How a figure was hedged in the text. */
public enum Qualifier {

    /** A plain figure: "2,600 soldiers". */
    EXACT,

    /** About, almost, some, around, nearly, roughly, an estimated. */
    APPROX,

    /** Two bounds: "300-500", "between 10,000 and 12,000", "three to four". */
    RANGE,

    /** Only an upper bound: "up to", "as many as", "fewer than". */
    UP_TO,

    /** Only a lower bound: "at least", "more than", "over". */
    AT_LEAST,

    /** A vague quantity ("several thousand", "hundreds") read under the documented convention. */
    VAGUE;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
