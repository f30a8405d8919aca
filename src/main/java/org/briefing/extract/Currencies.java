package org.briefing.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The world's currencies as articles write them, from the JDK's ISO 4217 table and its English
 * names and symbols ({@link Currency}): codes ("TWD"), symbols ("NT$", "₪"), and names with their
 * country ("New Taiwan dollars", "Sudanese pounds"). A unit word alone is read only where it is
 * common usage ("dollars" are US dollars, "pounds" sterling) or where one currency has it ("naira").
 * Nothing here is about a subject: a template does not list currencies.
 */
final class Currencies {

    /** Every ISO 4217 code the JDK knows: a table header's "(ALL)" names a currency where prose's "ALL" does not. */
    static final Set<String> ALL_CODES = Currency.getAvailableCurrencies().stream()
        .map(Currency::getCurrencyCode)
        .collect(Collectors.toUnmodifiableSet());

    /** The ISO 4217 codes, without those that are also common words or acronyms in capitals ("ALL", "TOP"). */
    static final Set<String> ISO_CODES = ALL_CODES.stream()
        .filter((code) -> !Set.of("ALL", "TOP", "SOS", "MOP", "BOB", "GEL", "MAD", "XXX", "XTS").contains(code))
        .collect(Collectors.toUnmodifiableSet());

    /**
     * The JDK's currencies in the order of their codes: its set has no stable order (a name or a
     * symbol two currencies share must go to the same one on every run).
     */
    private static final List<Currency> SORTED = Currency.getAvailableCurrencies()
        .stream()
        .sorted(Comparator.comparing(Currency::getCurrencyCode))
        .toList();

    /** Symbols and their codes: the JDK's English symbols, and signs it leaves as codes. */
    static final Map<String, String> SYMBOLS = symbols();

    /** The symbols as a regular-expression alternation, longest first ("US$" before "$"). */
    static final String SYMBOL_ALTERNATION = SYMBOLS.keySet()
        .stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));

    /** The unit words a currency's name ends with, singular and plural, as an alternation. */
    static final String WORD_ALTERNATION = "dollars?|euros?|rubles?|roubles?|won|yuan|renminbi|yen|pounds?(?: sterling)?"
            + "|hryvnias?|hryvnyas?|rupees?|pesos?|rials?|riyals?|liras?|lire|shekels?|shekalim|naira|rand|baht|zlotys?|zlotych"
            + "|forints?|francs?|dinars?|dirhams?|tenge|lari|krona|kronor|krone|kroner|ringgits?|rupiahs?|taka|birr"
            + "|shillings?|cedis?|kwacha|manats?|drams?|leu|lei|lev|leva|meticais|metical";

    /** Unit words in the singular, where the plural is not the word and an "s". */
    private static final Map<String, String> SINGULAR = Map.of("kronor", "krona", "kroner", "krone", "lei", "leu", "leva", "lev",
            "lire", "lira", "shekalim", "shekel", "zlotych", "zloty", "rouble", "ruble", "meticais", "metical");

    /** What a unit word alone means in English prose. */
    private static final Map<String, String> USUAL = Map.ofEntries(Map.entry("dollar", "USD"), Map.entry("euro", "EUR"),
            Map.entry("ruble", "RUB"), Map.entry("won", "KRW"), Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"),
            Map.entry("yen", "JPY"), Map.entry("pound", "GBP"), Map.entry("hryvnia", "UAH"), Map.entry("hryvnya", "UAH"),
            Map.entry("rupee", "INR"), Map.entry("lira", "TRY"));

    /** Names the JDK does not give: "Nepali rupees", "American dollars", "U.S. dollars". */
    private static final Map<String, String> OTHER_NAMES = Map.of("nepali rupee", "NPR", "american dollar", "USD",
            "u.s. dollar", "USD", "taiwan dollar", "TWD", "nt dollar", "TWD", "cfa franc", "XOF");

    /** "new taiwan dollar" → TWD: the JDK's English names in lower case, and {@link #OTHER_NAMES}. */
    private static final Map<String, String> BY_NAME = new HashMap<>();

    /** A unit word only one current currency has: "naira" → NGN. */
    private static final Map<String, String> BY_WORD = new HashMap<>();

    static {
        Map<String, Set<String>> codesOfWord = new HashMap<>();
        for (Currency currency : SORTED) {
            String name = currency.getDisplayName(Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (name.contains("(") || name.equals(currency.getCurrencyCode().toLowerCase(Locale.ROOT))) {
                continue; // a former currency ("Sudanese Dinar (1992–2007)"), or one without an English name
            }
            BY_NAME.putIfAbsent(name, currency.getCurrencyCode());
            String word = name.substring(name.lastIndexOf(' ') + 1);
            codesOfWord.computeIfAbsent(word, (w) -> new HashSet<>()).add(currency.getCurrencyCode());
        }
        BY_NAME.putAll(OTHER_NAMES);
        codesOfWord.forEach((word, codes) -> {
            if (codes.size() == 1) {
                BY_WORD.put(word, codes.iterator().next());
            }
        });
        BY_WORD.putAll(USUAL);
    }

    private Currencies() {
    }

    private static Map<String, String> symbols() {
        Map<String, String> symbols = new HashMap<>();
        for (Currency currency : SORTED) {
            String symbol = currency.getSymbol(Locale.ENGLISH);
            boolean sign = symbol.chars().anyMatch((c) -> !Character.isLetter(c)) && !symbol.contains(" ");
            if (sign && !symbol.equals("¤")) {
                symbols.put(symbol, currency.getCurrencyCode()); // "NT$", "HK$", "₪", "CN¥"
            }
        }
        symbols.putAll(Map.ofEntries(Map.entry("$", "USD"), Map.entry("US$", "USD"), Map.entry("C$", "CAD"),
                Map.entry("S$", "SGD"), Map.entry("€", "EUR"), Map.entry("£", "GBP"), Map.entry("₽", "RUB"),
                Map.entry("₩", "KRW"), Map.entry("¥", "JPY"), Map.entry("₴", "UAH"), Map.entry("₹", "INR"),
                Map.entry("₺", "TRY"), Map.entry("₦", "NGN"), Map.entry("฿", "THB"), Map.entry("₸", "KZT"),
                Map.entry("₾", "GEL"),
                // the usual signs of African currencies, which the JDK gives as codes: "R9.6 million", "N$1.2 million", "KSh 1.2 billion"
                Map.entry("N$", "NAD"), Map.entry("KSh", "KES"), Map.entry("Ksh", "KES"),
                Map.entry("TSh", "TZS"), Map.entry("USh", "UGX")));
        return Map.copyOf(symbols);
    }

    /** The code of a symbol or an ISO code; null when it is neither. */
    static String ofSymbol(String symbol) {
        String code = SYMBOLS.get(symbol);
        if (code != null) {
            return code;
        }
        String trimmed = symbol.trim();
        if (trimmed.startsWith("Rs")) {
            return "INR";
        }
        if (trimmed.equals("R")) {
            return "ZAR"; // "R9.6 million", read only before a sum (FigureFinder)
        }
        return ISO_CODES.contains(trimmed) ? trimmed : null;
    }

    /**
     * The code of a currency's name: the country's words before the unit word, if any ("New
     * Taiwan", "Sudanese"), and the unit word. Null when the words name no currency the JDK knows
     * ("Zimbabwe dollars") or the word alone is ambiguous ("pesos", "dinars").
     */
    static String ofName(String country, String unit) {
        String word = singular(unit.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0]+sterling$", ""));
        if (country == null || country.isBlank()) {
            return BY_WORD.get(word);
        }
        List<String> words = new ArrayList<>(List.of(country.strip().toLowerCase(Locale.ROOT).split("[\\s\\u00A0]+")));
        while (!words.isEmpty()) {
            String code = BY_NAME.get(String.join(" ", words) + " " + word);
            if (code != null) {
                return code;
            }
            words.remove(0); // "the New Taiwan dollar": try the shorter name
        }
        return null;
    }

    private static String singular(String word) {
        String known = SINGULAR.get(word);
        if (known != null) {
            return known;
        }
        return (word.endsWith("s") && !word.equals("naira")) ? singular(word.substring(0, word.length() - 1)) : word;
    }
}
