package org.briefing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * A figure as a range. One figure has {@code low == high}; "up to X" has no low and "at least X" no
 * high; a vague quantity carries the range of its convention. Bounds are decimal, as written
 * ("21.7 tonnes" stays 21.7), and kept in their shortest form (300, not 300.00), so that equal
 * figures are equal records and JSON writes them plainly.
 *
 * @param unit what is counted: {@code persons}, {@code brigades}, or an ISO 4217 code for money
 * @param per the period or base of a rate ({@code year}, {@code month}), or {@code null}
 * @param currency the ISO 4217 code for money, else {@code null}
 */
public record Quantity(BigDecimal low, BigDecimal high, Qualifier qualifier, String unit, String per,
        String currency) {

    public Quantity {
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(unit, "unit");
        if (low == null && high == null) {
            throw new IllegalArgumentException("a quantity needs a low or a high bound");
        }
        low = shortest(low);
        high = shortest(high);
        if (low != null && high != null && low.compareTo(high) > 0) {
            throw new IllegalArgumentException("low " + low + " is above high " + high);
        }
        if ((low != null && low.signum() < 0) || (high != null && high.signum() < 0)) {
            throw new IllegalArgumentException("negative quantity");
        }
    }

    /** A whole-number range, as counts of people and most money are. */
    public Quantity(Long low, Long high, Qualifier qualifier, String unit, String per, String currency) {
        this(decimal(low), decimal(high), qualifier, unit, per, currency);
    }

    public static Quantity exact(long value, String unit) {
        return new Quantity(value, value, Qualifier.EXACT, unit, null, null);
    }

    public static BigDecimal decimal(Long value) {
        return (value == null) ? null : BigDecimal.valueOf(value);
    }

    /** A bound to the nearest whole number, for the reconciliation of counts; null stays null. */
    public static Long whole(BigDecimal value) {
        return (value == null) ? null : value.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** A bound as written for readers, with thousands separators: "11,000", "21.7", "0.25". */
    public static String grouped(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }

    /** A value in its shortest form: 300 for 300.00 and 3E+2, 21.7 for 21.70; null stays null. */
    public static BigDecimal shortest(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
    }

    /** The low bound rounded to a whole number, or null. */
    public Long wholeLow() {
        return whole(this.low);
    }

    /** The high bound rounded to a whole number, or null. */
    public Long wholeHigh() {
        return whole(this.high);
    }

    public boolean isMoney() {
        return this.currency != null;
    }

    /** The middle of the range, or its only bound. */
    public double midpoint() {
        if (this.low == null) {
            return this.high.doubleValue();
        }
        if (this.high == null) {
            return this.low.doubleValue();
        }
        return (this.low.doubleValue() + this.high.doubleValue()) / 2.0;
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
        boolean thisBelowOther = this.low == null || other.high == null || this.low.compareTo(other.high) <= 0;
        boolean otherBelowThis = other.low == null || this.high == null || other.low.compareTo(this.high) <= 0;
        return thisBelowOther && otherBelowThis;
    }
}
