package org.briefing.domain;

import java.util.Objects;

/**
 * A figure as a range. One figure has {@code low == high}; "up to X" has no low and "at least X" no
 * high; a vague quantity carries the range of its convention.
 *
 * @param unit what is counted: {@code persons}, {@code brigades}, or an ISO 4217 code for money
 * @param per the period or base of a rate ({@code year}, {@code month}), or {@code null}
 * @param currency the ISO 4217 code for money, else {@code null}
 */
public record Quantity(Long low, Long high, Qualifier qualifier, String unit, String per, String currency) {

    public Quantity {
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(unit, "unit");
        if (low == null && high == null) {
            throw new IllegalArgumentException("a quantity needs a low or a high bound");
        }
        if (low != null && high != null && low > high) {
            throw new IllegalArgumentException("low " + low + " is above high " + high);
        }
        if ((low != null && low < 0) || (high != null && high < 0)) {
            throw new IllegalArgumentException("negative quantity");
        }
    }

    public static Quantity exact(long value, String unit) {
        return new Quantity(value, value, Qualifier.EXACT, unit, null, null);
    }

    public boolean isMoney() {
        return this.currency != null;
    }

    /** The middle of the range, or its only bound. */
    public double midpoint() {
        if (this.low == null) {
            return this.high;
        }
        if (this.high == null) {
            return this.low;
        }
        return (this.low + this.high) / 2.0;
    }

    public Quantity withUnit(String unit, String per, String currency) {
        return new Quantity(this.low, this.high, this.qualifier, unit, per, currency);
    }

    public boolean sameFigure(Quantity other) {
        return Objects.equals(this.low, other.low) && Objects.equals(this.high, other.high)
                && this.unit.equals(other.unit) && Objects.equals(this.per, other.per);
    }

    /** Whether the two ranges share at least one value (open bounds reach to infinity). */
    public boolean overlaps(Quantity other) {
        long thisLow = (this.low != null) ? this.low : 0;
        long thisHigh = (this.high != null) ? this.high : Long.MAX_VALUE;
        long otherLow = (other.low != null) ? other.low : 0;
        long otherHigh = (other.high != null) ? other.high : Long.MAX_VALUE;
        return thisLow <= otherHigh && otherLow <= thisHigh;
    }
}
