package org.briefing.render;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.briefing.domain.Qualifier;
import org.briefing.domain.Quantity;

/**
 * Writes figures for readers: "11,000", "about 11,000", "10,000–12,000", "up to USD 115 million a
 * year", "2,000–9,000 (vague)". Money uses the ISO code and words for millions and billions.
 */
public final class FigureFormat {

    private FigureFormat() {
    }

    public static String figure(Quantity quantity) {
        String low = (quantity.low() == null) ? null : amount(quantity.low(), quantity.isMoney());
        String high = (quantity.high() == null) ? null : amount(quantity.high(), quantity.isMoney());
        String text = switch (quantity.qualifier()) {
            case EXACT -> low;
            case APPROX -> "about " + low;
            case RANGE -> low + "–" + high;
            case UP_TO -> "up to " + high;
            case AT_LEAST -> "at least " + low;
            case VAGUE -> low + "–" + high + " (vague)";
        };
        if (quantity.isMoney()) {
            text = withCurrency(text, quantity.currency());
        }
        String unit = unitWord(quantity);
        return text + (unit.isEmpty() ? "" : " " + unit) + per(quantity.per());
    }

    /**
     * A range from reconciliation (a consensus, a derived figure) written like a claim's figure:
     * one value when both bounds agree, "up to" or "at least" when one is missing.
     *
     * @param currency the ISO 4217 code when the figure is money, else {@code null}
     */
    public static String bounds(Long low, Long high, String unit, String per, String currency) {
        return bounds(Quantity.decimal(low), Quantity.decimal(high), unit, per, currency);
    }

    /** The same for decimal bounds: a consensus of "21.7" and "22.8 tonnes". */
    public static String bounds(BigDecimal low, BigDecimal high, String unit, String per, String currency) {
        if (low == null && high == null) {
            return "no figure";
        }
        Qualifier qualifier = (low == null) ? Qualifier.UP_TO
                : (high == null) ? Qualifier.AT_LEAST : (low.compareTo(high) == 0) ? Qualifier.EXACT : Qualifier.RANGE;
        return figure(new Quantity(low, high, qualifier, (unit == null) ? "persons" : unit, per, currency));
    }

    /** A plain number with thousands separators. */
    public static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
    }

    static String amount(BigDecimal value, boolean money) {
        if (!money || value.compareTo(BigDecimal.valueOf(1_000_000)) < 0) {
            return Quantity.grouped(value);
        }
        NumberFormat compact = NumberFormat.getCompactNumberInstance(Locale.ENGLISH, NumberFormat.Style.LONG);
        compact.setMaximumFractionDigits(1);
        return compact.format(value.doubleValue());
    }

    private static String withCurrency(String text, String currency) {
        for (String hedge : new String[] { "about ", "up to ", "at least " }) {
            if (text.startsWith(hedge)) {
                return hedge + currency + " " + text.substring(hedge.length());
            }
        }
        return currency + " " + text;
    }

    private static String unitWord(Quantity quantity) {
        if (quantity.isMoney() || quantity.unit().equals("persons")) {
            return "";
        }
        return quantity.unit();
    }

    private static String per(String per) {
        if (per == null) {
            return "";
        }
        return switch (per) {
            case "year" -> " a year";
            case "month" -> " a month";
            case "week" -> " a week";
            case "day" -> " a day";
            case "person" -> " per person";
            default -> per.startsWith("person-") ? " per person a " + per.substring("person-".length()) : " per " + per;
        };
    }
}
