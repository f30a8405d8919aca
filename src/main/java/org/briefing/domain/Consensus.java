package org.briefing.domain;

import java.math.BigDecimal;

/**
 * A consensus range in the sense of UCDP GED: the low, best and high estimates from the
 * independent originating sources that count for a question and period.
 *
 * @param sources how many independent originating sources it rests on
 * @param rule how it was computed, in words
 */
public record Consensus(BigDecimal low, BigDecimal best, BigDecimal high, int sources, String rule) {

    public Consensus {
        low = Quantity.shortest(low);
        best = Quantity.shortest(best);
        high = Quantity.shortest(high);
    }
}
