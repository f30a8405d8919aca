package org.briefing.reconcile;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

import org.briefing.domain.Quantity;

/** How reconciliation words figures, periods and ratios in its reasons and judgments. */
final class Texts {

    private Texts() {
    }

    static String figure(Estimate estimate) {
        return figure(estimate.claim().quantity());
    }

    static String figure(Quantity q) {
        String low = (q.low() == null) ? null : amount(q.low(), q);
        String high = (q.high() == null) ? null : amount(q.high(), q);
        String text = switch (q.qualifier()) {
            case EXACT -> low;
            case APPROX -> "about " + low;
            case RANGE -> low + " to " + high;
            case UP_TO -> "up to " + high;
            case AT_LEAST -> "at least " + low;
            case VAGUE -> low + " to " + high + " (vague)";
        };
        return text + (q.isMoney() ? "" : unit(q)) + per(q.per());
    }

    private static String amount(BigDecimal value, Quantity q) {
        return q.isMoney() ? q.currency() + " " + money(value.doubleValue()) : Quantity.grouped(value);
    }

    static String money(double value) {
        NumberFormat compact = NumberFormat.getCompactNumberInstance(Locale.ENGLISH, NumberFormat.Style.LONG);
        compact.setMaximumFractionDigits(1);
        return (value >= 1_000_000) ? compact.format(value) : number(value);
    }

    private static String unit(Quantity q) {
        return q.unit().equals("persons") ? "" : " " + q.unit();
    }

    static String per(String per) {
        if (per == null) {
            return "";
        }
        if (per.startsWith("person-")) {
            return " per person a " + per.substring("person-".length());
        }
        return per.equals("person") ? " per person" : " a " + per;
    }

    static String number(double value) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(Math.round(value));
    }

    static String ratio(double ratio) {
        return (ratio >= 95) ? "two orders of magnitude away from" : (ratio >= 10) ? "an order of magnitude away from"
                : number(ratio) + " times";
    }

    /** "2024-10" as "October 2024"; a year stays a year. */
    static String period(String period) {
        if (period.matches("\\d{4}-\\d{2}")) {
            Month month = Month.of(Integer.parseInt(period.substring(5)));
            return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + period.substring(0, 4);
        }
        return period;
    }
}
