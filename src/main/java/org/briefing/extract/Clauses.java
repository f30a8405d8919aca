package org.briefing.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.briefing.text.Span;

/**
 * Cuts a sentence into clauses and comma segments, to scope the cues of a figure. A clause ends at
 * a semicolon, a dash, a colon, or a comma before a conjunction ("…, and the channel estimated…");
 * a segment also ends at any other comma.
 */
final class Clauses {

    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "\\s*(?:;|:\\s|\\s[–—]\\s|,\\s+(?=(?:and|but|while|whereas|although|though|yet|so|as|because|since|when|after|before)\\b))\\s*");

    private static final Pattern SEGMENT_BREAK = Pattern.compile("\\s*(?:;|,(?!\\d{3})|:\\s|\\s[–—]\\s|[“”\"()])\\s*");

    private Clauses() {
    }

    /** The clause of the sentence that holds the offset. */
    static Span clauseAt(String sentence, int offset) {
        return pieceAt(sentence, offset, CLAUSE_BREAK);
    }

    /** The comma segment of the sentence that holds the offset. */
    static Span segmentAt(String sentence, int offset) {
        return pieceAt(sentence, offset, SEGMENT_BREAK);
    }

    /** Every comma segment of the sentence, in order. */
    static List<Span> segments(String sentence) {
        List<Span> pieces = new ArrayList<>();
        Matcher matcher = SEGMENT_BREAK.matcher(sentence);
        int start = 0;
        while (matcher.find()) {
            if (matcher.start() > start) {
                pieces.add(new Span(start, matcher.start(), sentence.substring(start, matcher.start())));
            }
            start = matcher.end();
        }
        if (start < sentence.length()) {
            pieces.add(new Span(start, sentence.length(), sentence.substring(start)));
        }
        return pieces;
    }

    /** The breaks of the last sentence seen on this thread: a figure asks for its clause several times. */
    private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();

    private static Span pieceAt(String sentence, int offset, Pattern breaks) {
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

    private static int[][] breaks(String sentence, Pattern breaks) {
        Object[] last = LAST.get();
        if (last != null && last[0] == sentence && last[1] == breaks) {
            return (int[][]) last[2];
        }
        if (last != null && last[0] == sentence && last[3] == breaks) {
            return (int[][]) last[4];
        }
        List<int[]> found = new ArrayList<>();
        Matcher matcher = breaks.matcher(sentence);
        while (matcher.find()) {
            found.add(new int[] { matcher.start(), matcher.end() });
        }
        int[][] result = found.toArray(new int[0][]);
        if (last != null && last[0] == sentence) {
            LAST.set(new Object[] { sentence, breaks, result, last[1], last[2] }); // keep the other pattern's breaks
        }
        else {
            LAST.set(new Object[] { sentence, breaks, result, null, null });
        }
        return result;
    }
}
