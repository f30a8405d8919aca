package org.briefing.extract;

import java.math.BigDecimal;

import org.briefing.domain.Qualifier;

/**
 * A figure found in a sentence, before anyone knows what it counts. Offsets are relative to the
 * sentence; {@code nounFrom} is where a counted noun may start (after the figure and any currency
 * word).
 *
 * @param currency ISO 4217 code when the figure is money, else {@code null}
 * @param rule how the figure was read: "digits", "range", "spelled", "vague"…
 */
record Figure(int start, int end, BigDecimal low, BigDecimal high, Qualifier qualifier, String currency, int nounFrom,
        String rule) {

    boolean isMoney() {
        return this.currency != null;
    }
}
