package org.briefing.reconcile;

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
record Estimate(Claim claim, String originator, Source source, Long low, Double best, Long high) {

    static Estimate of(Claim claim, String originator, Source source) {
        Quantity q = claim.quantity();
        Double best = switch (q.qualifier()) {
            case EXACT, APPROX -> (double) q.low();
            case RANGE -> (q.low() + q.high()) / 2.0;
            case VAGUE -> Math.sqrt((double) q.low() * q.high());
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
        return (this.high != null) ? this.high : this.low;
    }

    /** The range widened for rounding: "about 11,000" may be 10,000 or 12,000 in another's words. */
    double lowWithTolerance() {
        return (this.low == null) ? 0 : this.low * (1 - tolerance());
    }

    double highWithTolerance() {
        return (this.high == null) ? Double.MAX_VALUE : this.high * (1 + tolerance());
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
