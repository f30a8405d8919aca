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

    private static Span pieceAt(String sentence, int offset, Pattern breaks) {
        Matcher matcher = breaks.matcher(sentence);
        int start = 0;
        while (matcher.find()) {
            if (matcher.start() >= offset && matcher.start() > start) {
                return new Span(start, matcher.start(), sentence.substring(start, matcher.start()));
            }
            if (matcher.end() <= offset) {
                start = matcher.end();
            }
        }
        return new Span(start, sentence.length(), sentence.substring(start));
    }
}
