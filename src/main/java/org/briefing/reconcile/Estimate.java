package org.briefing.reconcile;

import java.math.BigDecimal;

import org.briefing.domain.Claim;
import org.briefing.domain.Qualifier;
import org.briefing.domain.Quantity;
import org.briefing.domain.Source;

/**
 * A claim read as an estimate: its originating source and its low, best and high figures. An upper
 * bound alone ("up to") has no low and no best; a lower bound alone ("at least") no high and no
 * best; a range's best is its middle; a vague quantity's best the geometric middle of its
 * convention.
 *
 * @param originator the originating source, by registry name: a person counts as their
 * organisation, relays do not count, an unattributed figure is the outlet's own
 */
record Estimate(Claim claim, String originator, Source source, BigDecimal low, Double best, BigDecimal high) {

    static Estimate of(Claim claim, String originator, Source source) {
        Quantity q = claim.quantity();
        Double best = switch (q.qualifier()) {
            case EXACT, APPROX -> q.low().doubleValue();
            case RANGE -> (q.low().doubleValue() + q.high().doubleValue()) / 2.0;
            case VAGUE -> Math.sqrt(q.low().doubleValue() * q.high().doubleValue());
            case UP_TO, AT_LEAST -> null;
        };
        return new Estimate(claim, originator, source, q.low(), best, q.high());
    }

    boolean isVague() {
        return this.claim.quantity().qualifier() == Qualifier.VAGUE;
    }

    /** The figure to compare magnitudes with: the best, else the one bound there is. */
    double magnitude() {
        if (this.best != null) {
            return this.best;
        }
        return ((this.high != null) ? this.high : this.low).doubleValue();
    }

    /** The range widened for rounding: "about 11,000" may be 10,000 or 12,000 in another's words. */
    double lowWithTolerance() {
        return (this.low == null) ? 0 : this.low.doubleValue() * (1 - tolerance());
    }

    double highWithTolerance() {
        return (this.high == null) ? Double.MAX_VALUE : this.high.doubleValue() * (1 + tolerance());
    }

    private double tolerance() {
        return switch (this.claim.quantity().qualifier()) {
            case APPROX -> 0.10;
            case EXACT -> 0.05;
            default -> 0.0;
        };
    }

    boolean overlaps(Estimate other) {
        return lowWithTolerance() <= other.highWithTolerance() && other.lowWithTolerance() <= highWithTolerance();
    }
}
