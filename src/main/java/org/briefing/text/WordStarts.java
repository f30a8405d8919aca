package org.briefing.text;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds the matches of a pattern that can only start with one of a few words ("according to",
 * "in March", "reported by"), trying it only where one of those words starts instead of at every
 * character, as {@link Matcher#find()} would. The matches are the same: the pattern is tried with
 * {@link Matcher#lookingAt()} at each such place, in order, with transparent bounds.
 */
public final class WordStarts {

    private WordStarts() {
    }

    /**
     * The next match at or after {@code from} that ends by {@code to}; the matcher is left on it.
     *
     * @param firstWords the lower-case words the pattern can start with (ASCII case ignored; a word
     *        ending in {@code *} is a prefix)
     * @param boundary whether every alternative of the pattern starts with {@code \b}; without it, a
     *        match may also start at a capital inside a word ("XMonday")
     */
    public static boolean find(Matcher matcher, String text, int from, int to, List<String> firstWords,
            boolean boundary) {
        matcher.useTransparentBounds(true);
        int i = from;
        while (i < to) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            boolean candidate = isWordStart(text, i) || !boundary && Character.isUpperCase(text.charAt(i));
            if (candidate && startsOneOf(text, i, to, firstWords)) {
                matcher.region(i, to);
                if (matcher.lookingAt()) {
                    return true;
                }
            }
            i = boundary ? letterEnd(text, i) : i + 1;
        }
        return false;
    }

    /** Where the letters that start at {@code i} end. */
    private static int letterEnd(String text, int i) {
        int end = i + 1;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Where {@code \b} before a letter holds: a letter with no letter, digit or {@code _} before it. */
    private static boolean isWordStart(String text, int i) {
        return Character.isLetter(text.charAt(i)) && (i == 0 || !Tails.isWordChar(text.codePointBefore(i)));
    }

    /**
     * Whether one of the lower-case words starts at {@code i} (ASCII case ignored) and ends before a
     * non-letter; a word ending in {@code *} is a prefix ("fabricat*").
     */
    private static boolean startsOneOf(String text, int i, int to, List<String> words) {
        for (String word : words) {
            boolean prefix = word.endsWith("*");
            int end = i + word.length() - (prefix ? 1 : 0);
            if (end <= to && Tails.endsWith(text, end, prefix ? word.substring(0, word.length() - 1) : word)
                    && (prefix || end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }
}
