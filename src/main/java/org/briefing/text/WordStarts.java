package org.briefing.text;

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
     * @param firstWords the words the pattern can start with
     * @param boundary whether every alternative of the pattern starts with {@code \b}; without it, a
     *        match may also start at a capital inside a word ("XMonday")
     */
    public static boolean find(Matcher matcher, String text, int from, int to, Words firstWords,
            boolean boundary) {
        matcher.useTransparentBounds(true);
        int i = from;
        while (i < to) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            boolean candidate = isWordStart(text, i) || !boundary && Character.isUpperCase(text.charAt(i));
            if (candidate && firstWords.startAt(text, i, to)) {
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
     * The lower-case words a pattern can start with (ASCII case ignored; a word ending in {@code *}
     * is a prefix, "fabricat*"), kept by their first letter so that a place is checked only against
     * the words that start with its letter.
     */
    public static Words words(String... words) {
        return new Words(words);
    }

    /** See {@link #words}. */
    public static final class Words {

        /** The words without their {@code *}, by first letter ({@code [letter - 'a']}). */
        private final String[][] byInitial = new String[26][];

        /** Whether the word of the same place in {@link #byInitial} is a prefix. */
        private final boolean[][] prefix = new boolean[26][];

        private Words(String... words) {
            for (String word : words) {
                char initial = word.charAt(0);
                if (initial < 'a' || initial > 'z' || !word.equals(word.toLowerCase(java.util.Locale.ROOT))) {
                    throw new IllegalArgumentException("not a lower-case ASCII word: " + word);
                }
                int k = initial - 'a';
                int n = (this.byInitial[k] == null) ? 0 : this.byInitial[k].length;
                this.byInitial[k] = java.util.Arrays.copyOf((n == 0) ? new String[0] : this.byInitial[k], n + 1);
                this.prefix[k] = java.util.Arrays.copyOf((n == 0) ? new boolean[0] : this.prefix[k], n + 1);
                boolean isPrefix = word.endsWith("*");
                this.byInitial[k][n] = isPrefix ? word.substring(0, word.length() - 1) : word;
                this.prefix[k][n] = isPrefix;
            }
        }

        /** Whether one of the words starts at {@code i} and ends by {@code to}, before a non-letter. */
        boolean startAt(String text, int i, int to) {
            char c = text.charAt(i);
            int k = ((c >= 'A' && c <= 'Z') ? (char) (c + 32) : c) - 'a';
            if (k < 0 || k >= 26 || this.byInitial[k] == null) {
                return false;
            }
            String[] candidates = this.byInitial[k];
            for (int w = 0; w < candidates.length; w++) {
                String word = candidates[w];
                int end = i + word.length();
                if (end <= to && Tails.endsWith(text, end, word)
                        && (this.prefix[k][w] || end == text.length() || !Character.isLetter(text.charAt(end)))) {
                    return true;
                }
            }
            return false;
        }
    }
}
