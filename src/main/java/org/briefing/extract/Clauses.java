package org.briefing.extract;

import java.util.ArrayList;
import java.util.List;

import org.briefing.text.Span;

/**
 * Cuts a sentence into clauses and comma segments, to scope the cues of a figure. A clause ends at
 * a semicolon, a dash, a colon, or a comma before a conjunction ("…, and the channel estimated…");
 * a segment also ends at any other comma.
 */
final class Clauses {

    /** The words after a comma that start a new clause. */
    private static final java.util.Set<String> CONJUNCTIONS = java.util.Set.of("and", "but", "while", "whereas",
            "although", "though", "yet", "so", "as", "because", "since", "when", "after", "before");

    /** Which breaks to look for: clause breaks, or the finer segment breaks. */
    private enum Breaks {
        CLAUSE, SEGMENT
    }

    private Clauses() {
    }

    /** The clause of the sentence that holds the offset. */
    static Span clauseAt(String sentence, int offset) {
        return pieceAt(sentence, offset, Breaks.CLAUSE);
    }

    /** The comma segment of the sentence that holds the offset. */
    static Span segmentAt(String sentence, int offset) {
        return pieceAt(sentence, offset, Breaks.SEGMENT);
    }

    /** Every comma segment of the sentence, in order. */
    static List<Span> segments(String sentence) {
        List<Span> pieces = new ArrayList<>();
        int start = 0;
        for (int[] item : breaks(sentence, Breaks.SEGMENT)) {
            if (item[0] > start) {
                pieces.add(new Span(start, item[0], sentence.substring(start, item[0])));
            }
            start = item[1];
        }
        if (start < sentence.length()) {
            pieces.add(new Span(start, sentence.length(), sentence.substring(start)));
        }
        return pieces;
    }

    /** The breaks of the last sentence seen on this thread: a figure asks for its clause several times. */
    private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();

    private static Span pieceAt(String sentence, int offset, Breaks breaks) {
        int[][] found = breaks(sentence, breaks);
        int start = 0;
        for (int[] item : found) {
            if (item[0] >= offset && item[0] > start) {
                return new Span(start, item[0], sentence.substring(start, item[0]));
            }
            if (item[1] <= offset) {
                start = item[1];
            }
        }
        return new Span(start, sentence.length(), sentence.substring(start));
    }

    private static int[][] breaks(String sentence, Breaks breaks) {
        Object[] last = LAST.get();
        if (last != null && last[0] == sentence && last[1] == breaks) {
            return (int[][]) last[2];
        }
        if (last != null && last[0] == sentence && last[3] == breaks) {
            return (int[][]) last[4];
        }
        int[][] result = scan(sentence, breaks).toArray(new int[0][]);
        if (last != null && last[0] == sentence) {
            LAST.set(new Object[] { sentence, breaks, result, last[1], last[2] }); // keep the other pattern's breaks
        }
        else {
            LAST.set(new Object[] { sentence, breaks, result, null, null });
        }
        return result;
    }

    /**
     * The breaks of a sentence, each with the spaces around it: a semicolon; a colon or a spaced
     * dash; a comma before a conjunction ("…, and the channel estimated…") for clauses, or any comma
     * but a thousands separator, a quotation mark or a bracket for segments.
     */
    private static List<int[]> scan(String sentence, Breaks breaks) {
        List<int[]> found = new ArrayList<>();
        int length = sentence.length();
        int previousEnd = 0;
        for (int i = 0; i < length; i++) {
            int coreEnd = coreEnd(sentence, i, breaks);
            if (coreEnd < 0) {
                continue;
            }
            int start = i;
            while (start > previousEnd && isSpace(sentence.charAt(start - 1))) {
                start--;
            }
            int end = coreEnd;
            while (end < length && isSpace(sentence.charAt(end))) {
                end++;
            }
            found.add(new int[] { start, end });
            previousEnd = end;
            i = end - 1;
        }
        return found;
    }

    /** Where the break that starts at {@code i} ends, or -1. */
    private static int coreEnd(String sentence, int i, Breaks breaks) {
        int length = sentence.length();
        char c = sentence.charAt(i);
        if (c == ';') {
            return i + 1;
        }
        if (c == ':' && i + 1 < length && isSpace(sentence.charAt(i + 1))) {
            return i + 2;
        }
        if (i + 2 < length && (sentence.charAt(i + 1) == '–' || sentence.charAt(i + 1) == '—') && isSpace(c)
                && isSpace(sentence.charAt(i + 2))) {
            return i + 3;
        }
        if (c == ',') {
            return (breaks == Breaks.CLAUSE) ? conjunctionAfter(sentence, i) : thousands(sentence, i) ? -1 : i + 1;
        }
        if (breaks == Breaks.SEGMENT && (c == '“' || c == '”' || c == '"' || c == '(' || c == ')')) {
            return i + 1;
        }
        return -1;
    }

    /** After a comma, spaces and a conjunction: the end of the spaces; else -1. */
    private static int conjunctionAfter(String sentence, int comma) {
        int length = sentence.length();
        int start = comma + 1;
        while (start < length && isSpace(sentence.charAt(start))) {
            start++;
        }
        if (start == comma + 1) {
            return -1;
        }
        int end = start;
        while (end < length && Character.isLetter(sentence.charAt(end))) {
            end++;
        }
        boolean bounded = end == length || !(Character.isLetterOrDigit(sentence.charAt(end)) || sentence.charAt(end) == '_');
        return (bounded && end - start <= 8 && CONJUNCTIONS.contains(sentence.substring(start, end))) ? start : -1;
    }

    /** Whether the comma at {@code i} is followed by three digits ("11,000"). */
    private static boolean thousands(String sentence, int i) {
        if (i + 3 >= sentence.length()) {
            return false;
        }
        for (int k = i + 1; k <= i + 3; k++) {
            if (sentence.charAt(k) < '0' || sentence.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The white space of regular expressions' {@code \\s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
