package org.briefing.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words (letters and digits, with inner apostrophes and hyphens: "Pyongyang's",
 * "full-scale") as offset pairs, without regular expressions.
 */
final class Words {

    private Words() {
    }

    /** The words of the last text asked for on this thread: several cue lists read the same text. */
    private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();

    @SuppressWarnings("unchecked")
    static List<int[]> of(CharSequence text) {
        Object[] last = LAST.get();
        if (last != null && last[0] == text) {
            return (List<int[]>) last[1];
        }
        List<int[]> words = split(text);
        LAST.set(new Object[] { text, words });
        return words;
    }

    private static List<int[]> split(CharSequence text) {
        List<int[]> words = new ArrayList<>();
        int i = 0;
        int length = text.length();
        while (i < length) {
            while (i < length && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && (Character.isLetterOrDigit(text.charAt(i))
                    || isJoiner(text.charAt(i)) && i + 1 < length && Character.isLetterOrDigit(text.charAt(i + 1))
                            && i > start)) {
                i++;
            }
            if (i > start) {
                words.add(new int[] { start, i });
            }
        }
        return words;
    }

    static String lower(CharSequence text, int[] word) {
        return text.subSequence(word[0], word[1]).toString().toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    static boolean onlySpaceBetween(CharSequence text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '-';
    }
}
