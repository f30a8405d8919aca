package org.briefing.text;

import java.util.List;

/**
 * A list of phrases, one of which may end a text ("up to", "more than" before a figure): found by
 * comparing each phrase backwards from the end, where a pattern anchored with {@code $} would be
 * tried at every position of the text. Phrases are compared in ASCII case-insensitively, as a
 * pattern's {@code (?i)} does.
 */
public final class Tails {

    private final List<String> phrases;

    private enum Guard {
        NONE, NOT_A_LETTER, WORD_START
    }

    private final Guard guard;

    private Tails(List<String> phrases, Guard guard) {
        this.phrases = List.copyOf(phrases);
        this.guard = guard;
    }

    /** Phrases that may start anywhere, even inside a word, as a pattern without a guard says. */
    public static Tails anywhere(List<String> phrases) {
        return new Tails(phrases, Guard.NONE);
    }

    /**
     * Phrases with no letter right before them, as {@code (?<![\p{L}])} says.
     *
     * @param phrases lower-case phrases, in the order a pattern's alternatives would be tried
     */
    public static Tails afterNonLetter(List<String> phrases) {
        return new Tails(phrases, Guard.NOT_A_LETTER);
    }

    /** Phrases that start a word, as {@code \b} before a letter says: no letter, digit or {@code _} before. */
    public static Tails atWordStart(List<String> phrases) {
        return new Tails(phrases, Guard.WORD_START);
    }

    /**
     * The phrase that ends {@code text.substring(0, end)} and starts furthest to the left, where it
     * may start (the first in the list if two start at the same place); or -1.
     */
    public int longest(String text, int end) {
        return longest(text, 0, end);
    }

    /**
     * The same within {@code text.substring(from, end)}, as a matcher's region with opaque bounds
     * reads it: a phrase that starts at {@code from} has nothing before it.
     */
    public int longest(String text, int from, int end) {
        int best = -1;
        int bestStart = Integer.MAX_VALUE;
        for (int i = 0; i < this.phrases.size(); i++) {
            String phrase = this.phrases.get(i);
            int start = end - phrase.length();
            if (start >= from && start < bestStart && endsWith(text, end, phrase)
                    && (start == from || !isBefore(text.codePointBefore(start)))) {
                best = i;
                bestStart = start;
            }
        }
        return best;
    }

    /** Whether a phrase may not start after this character. */
    private boolean isBefore(int c) {
        return switch (this.guard) {
            case NONE -> false;
            case NOT_A_LETTER -> Character.isLetter(c);
            case WORD_START -> isWordChar(c);
        };
    }

    /** A word character as {@code \b} reads it: a letter, a digit or {@code _}. */
    public static boolean isWordChar(int c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** The phrase at {@code index}. */
    public String phrase(int index) {
        return this.phrases.get(index);
    }

    /** Whether {@code text.substring(0, end)} ends with the lower-case phrase, ignoring ASCII case. */
    public static boolean endsWith(String text, int end, String phrase) {
        int start = end - phrase.length();
        if (start < 0) {
            return false;
        }
        for (int i = 0; i < phrase.length(); i++) {
            char c = text.charAt(start + i);
            if (c != phrase.charAt(i) && !(c >= 'A' && c <= 'Z' && (char) (c + 32) == phrase.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Where a run of white space ({@code [\s\u00A0]}) that ends at {@code end} starts. */
    public static int spaceBefore(String text, int end) {
        int i = end;
        while (i > 0 && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** {@code [\s\u00A0]} as a pattern reads it: ASCII white space and the no-break space. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0';
    }
}
