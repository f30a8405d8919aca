package org.briefing.extract;

import java.text.ParsePosition;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

/**
 * Spelled-out English numbers ("three", "twenty-five", "ten thousand") through ICU4J's
 * rule-based number format. The vocabulary used to spot number words is read off the same rules,
 * so there is no hand-made word table. Parsing is slow in ICU, so results are cached; the class is
 * thread-safe.
 */
final class NumberWords {

    private static final java.util.regex.Pattern SPACE_RUN = java.util.regex.Pattern.compile("[\\s\\u00A0]+");

    private static final int CACHE_LIMIT = 10_000;

    private static final Set<String> WORDS = vocabulary();

    private static final ThreadLocal<RuleBasedNumberFormat> FORMAT = ThreadLocal.withInitial(() -> {
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
        format.setLenientParseMode(true);
        return format;
    });

    private static final Map<String, Optional<Long>> CACHE = new ConcurrentHashMap<>();

    private NumberWords() {
    }

    /** The first letters of the number words: most words are ruled out by their first letter. */
    private static final boolean[] INITIALS = initials();

    private static boolean[] initials() {
        boolean[] initials = new boolean[128];
        for (String word : WORDS) {
            char c = word.charAt(0);
            if (c < 128) {
                initials[c] = true;
            }
        }
        return initials;
    }

    /** For each length, the first letters (a to z as bits 0 to 25) of the number words of that length. */
    private static final int[] SHAPES = shapes();

    private static int[] shapes() {
        int[] shapes = new int[32];
        for (String word : WORDS) {
            char c = word.charAt(0);
            if (word.length() < shapes.length && c >= 'a' && c <= 'z') {
                shapes[word.length()] |= 1 << (c - 'a');
            }
        }
        return shapes;
    }

    /**
     * Whether a word of this length, starting with this letter and with no hyphen, can be a number
     * word: most words are ruled out without a lookup.
     */
    static boolean mayBe(char initial, int length) {
        char lower = Character.toLowerCase(initial);
        if (lower < 'a' || lower > 'z' || length >= SHAPES.length) {
            return true; // not worth ruling out
        }
        return (SHAPES[length] & (1 << (lower - 'a'))) != 0;
    }

    /** Whether a word starting with this letter can be a number word. */
    static boolean mayStart(char c) {
        char lower = Character.toLowerCase(c);
        return lower >= 128 || INITIALS[lower];
    }

    /** Whether the lower-case word is a number word ("three", "hundred", "thousand"). */
    static boolean isNumberWord(String word) {
        return WORDS.contains(word);
    }

    /** The value of a run of number words such as "three hundred fifty" or "ten thousand". */
    static Optional<Long> parse(String phrase) {
        String key = SPACE_RUN.matcher(phrase.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
        Optional<Long> cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        Optional<Long> value = compute(key);
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(key, value);
        }
        return value;
    }

    private static Optional<Long> compute(String phrase) {
        ParsePosition position = new ParsePosition(0);
        Number number = FORMAT.get().parse(phrase, position);
        if (number == null || position.getIndex() < phrase.trim().length() || number.doubleValue() < 0) {
            return Optional.empty();
        }
        double value = number.doubleValue();
        if (value != Math.rint(value) || value > 1e15) {
            return Optional.empty();
        }
        return Optional.of((long) value);
    }

    private static Set<String> vocabulary() {
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
        Set<String> words = new HashSet<>();
        long[] samples = new long[120];
        for (int i = 0; i < 100; i++) {
            samples[i] = i;
        }
        long[] scales = { 100, 1_000, 1_000_000, 1_000_000_000L, 1_000_000_000_000L };
        for (int i = 0; i < scales.length; i++) {
            samples[100 + i] = scales[i];
        }
        for (long sample : samples) {
            for (String word : format.format(sample).split("[\\s-]+")) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        words.remove("zero");
        return Set.copyOf(words);
    }
}
