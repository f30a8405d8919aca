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

    /** The words of one text, with their lower-case forms made once, when first asked for. */
    static final class Split {

        private final CharSequence text;

        private final List<int[]> words;

        private final String[] lower;

        private Split(CharSequence text, List<int[]> words) {
            this.text = text;
            this.words = words;
            this.lower = new String[words.size()];
        }

        int size() {
            return this.words.size();
        }

        int start(int i) {
            return this.words.get(i)[0];
        }

        int end(int i) {
            return this.words.get(i)[1];
        }

        /** The word in lower case, with a typographic apostrophe made plain. */
        String lower(int i) {
            String word = this.lower[i];
            if (word == null) {
                int[] span = this.words.get(i);
                word = this.text.subSequence(span[0], span[1]).toString().toLowerCase(Locale.ROOT).replace('’', '\'');
                this.lower[i] = word;
            }
            return word;
        }
    }

    /** The words of the last text asked for on this thread: several cue lists read the same text. */
    private static final ThreadLocal<Split> LAST = new ThreadLocal<>();

    static Split of(CharSequence text) {
        Split last = LAST.get();
        if (last != null && last.text == text) {
            return last;
        }
        Split split = new Split(text, split(text));
        LAST.set(split);
        return split;
    }

    /** The words of a text as offset pairs. */
    static List<int[]> split(CharSequence text) {
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
