package org.briefing.extract;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Units of measure that differ by a decimal prefix: "8 GW" of a metric counted in MW is 8,000 MW.
 * Only units of one kind convert (power, energy, mass, length); anything else is left as written.
 */
final class Units {

    private record Unit(String kind, BigDecimal scale) {
    }

    private static final Map<String, Unit> UNITS = new HashMap<>();

    static {
        power("w", "watt", 0);
        power("kw", "kilowatt", 3);
        power("mw", "megawatt", 6);
        power("gw", "gigawatt", 9);
        power("tw", "terawatt", 12);
        add("energy", 0, "wh", "watt-hour", "watt-hours", "watt hours");
        add("energy", 3, "kwh", "kilowatt-hour", "kilowatt-hours", "kilowatt hours");
        add("energy", 6, "mwh", "megawatt-hour", "megawatt-hours", "megawatt hours");
        add("energy", 9, "gwh", "gigawatt-hour", "gigawatt-hours", "gigawatt hours");
        add("energy", 12, "twh", "terawatt-hour", "terawatt-hours", "terawatt hours");
        add("mass", 0, "g", "gram", "grams", "gramme", "grammes");
        add("mass", 3, "kg", "kilogram", "kilograms", "kilo", "kilos", "kilogramme", "kilogrammes");
        add("mass", 6, "t", "tonne", "tonnes", "metric ton", "metric tons");
        add("mass", 9, "kt", "kilotonne", "kilotonnes");
        add("length", 0, "m", "metre", "metres", "meter", "meters");
        add("length", 3, "km", "kilometre", "kilometres", "kilometer", "kilometers");
    }

    private static void power(String symbol, String word, int exponent) {
        add("power", exponent, symbol, word, word + "s");
    }

    private static void add(String kind, int exponent, String... names) {
        for (String name : names) {
            UNITS.put(name, new Unit(kind, BigDecimal.TEN.pow(exponent)));
        }
    }

    private Units() {
    }

    /**
     * The factor that turns a figure written with {@code written} ("GW") into {@code unit} ("MW"):
     * 1000; null when either is not a unit of measure, when they measure different things, or when
     * they are the same unit.
     */
    static BigDecimal factor(String written, String unit) {
        Unit from = UNITS.get(written.strip().toLowerCase(Locale.ROOT));
        Unit to = UNITS.get(unit.strip().toLowerCase(Locale.ROOT));
        if (from == null || to == null || !from.kind().equals(to.kind()) || from.scale().equals(to.scale())) {
            return null;
        }
        return from.scale().divide(to.scale());
    }
}
