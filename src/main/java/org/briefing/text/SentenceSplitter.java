package org.briefing.text;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Splits text into sentences with ICU4J's sentence break rules, taught not to break after common
 * titles, ranks and abbreviations ("Lt. Gen. Budanov", "Mr. Kim", "the U.S. envoy"). Offsets are
 * kept, and surrounding white space is trimmed from each sentence. Not thread-safe: make one per
 * thread.
 */
public final class SentenceSplitter {

    private static final String[] ABBREVIATIONS = { "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sr.", "Jr.", "St.",
            "Lt.", "Col.", "Gen.", "Maj.", "Capt.", "Cpt.", "Sgt.", "Cpl.", "Pvt.", "Adm.", "Brig.", "Cmdr.",
            "Lt.Gen.", "Gov.", "Sen.", "Rep.", "Pres.", "Amb.", "Rev.", "Hon.", "U.S.", "U.K.", "U.N.", "E.U.",
            "N.", "S.", "No.", "Nos.", "Inc.", "Ltd.", "Co.", "Corp.", "vs.", "approx.", "est.", "e.g.", "i.e.",
            "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
            // a transcript's labels in capitals: "MR. OKONJO:", "DR. LINDQVIST:"
            "MR.", "MRS.", "MS.", "DR.", "PROF.", "GEN.", "COL.", "LT.", "AMB.", "SEN.", "REP.", "GOV.", "HON." };

    /**
     * A sentence longer than this is cut at a space, so that hostile input cannot stall later rules.
     * News sentences rarely pass 400 characters.
     */
    static final int MAX_SENTENCE = 800;

    private final BreakIterator breaks;

    public SentenceSplitter() {
        // ICU's own filter (FilteredBreakIteratorBuilder) matched an abbreviation at the end of any
        // word: "est." kept "the highest. Then" together, "S." kept "the NIS. The agency"; the breaks
        // after a whole abbreviation are dropped here instead (endsAbbreviation)
        this.breaks = BreakIterator.getSentenceInstance(ULocale.ENGLISH);
    }

    /** The sentences of {@code text.substring(from, to)}, with offsets into {@code text}. */
    public List<Span> split(String text, int from, int to) {
        List<Span> sentences = new ArrayList<>();
        String part = text.substring(from, to);
        if (part.indexOf('\n') >= 0 && isWrappedText(text) && isHardWrapped(part)) {
            // ICU ends a sentence at every line break: a paragraph wrapped at a fixed width is read as
            // one line, each break a space of the same length, so that offsets still point into the text
            part = part.replace('\n', ' ').replace('\r', ' ');
        }
        else if (part.indexOf('\n') > 0) {
            int lead = figureLineEnd(part);
            if (lead > 0) {
                // "352" over "That is how many rhinos were poached …": a list led by its figures reads the figure
                // with the line under it
                part = part.substring(0, lead) + ' ' + part.substring(lead + 1);
            }
        }
        this.breaks.setText(part);
        int start = this.breaks.first();
        for (int end = this.breaks.next(); end != BreakIterator.DONE; end = this.breaks.next()) {
            if (end < part.length() && (afterAbbreviation(part, end) || isDateline(part, start, end))) {
                continue; // "Lt. Gen. Budanov", "Mr. Kim", "SKAGEN. Since February …": the sentence goes on
            }
            addTrimmed(sentences, text, from + start, from + end);
            start = end;
        }
        return sentences;
    }

    /** The text last asked about by {@link #isWrappedText}, and the answer. */
    private String lastText;

    private boolean lastWrapped;

    /** Longest a line of a text wrapped at a fixed width is: wrapped mail and wire copy keep to 72 to 120 characters. */
    private static final int WRAP_MAX = 130;

    /**
     * Whether the whole text was wrapped at a fixed width: at least three lines as long as a wrapped line is, and
     * hardly any longer than {@link #WRAP_MAX}. A text whose paragraphs are long lines keeps every line break it has, so
     * that two headlines on two lines stay two.
     */
    private boolean isWrappedText(String text) {
        if (text != this.lastText) { // the same instance: the splitter reads one article's blocks in turn
            int longLines = 0;
            int overlong = 0;
            int lineStart = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == '\n') {
                    int length = i - lineStart;
                    overlong += (length > WRAP_MAX) ? 1 : 0;
                    longLines += (length >= WRAP_WIDTH) ? 1 : 0;
                    lineStart = i + 1;
                }
            }
            this.lastText = text;
            // a link or a table row may run past the width of a wrapped text: one in ten long lines at most
            this.lastWrapped = longLines >= 3 && overlong * 10 <= longLines;
        }
        return this.lastWrapped;
    }

    /** Shortest a paragraph's longest line is when the paragraph was wrapped at a fixed width. */
    private static final int WRAP_WIDTH = 50;

    /** A line that opens a list item or a speaker's turn: it starts anew, whatever its width. */
    private static final java.util.regex.Pattern LINE_OPENER = java.util.regex.Pattern.compile(
            "[\\s\\u00A0]*(?:[-*•·–—>|#]|\\d{1,3}[.)][\\s\\u00A0]|\\[|\\p{Lu}[\\p{Lu}\\p{N} .'’()-]{1,40}:).*");

    /**
     * A figure alone on a paragraph's first line, as a "by the numbers" list sets it above its explanation: "352",
     * "179 and 46", "64 kg", "R9.6 million", "Around 16,000", "68 fewer". No colon, bracket or full stop.
     */
    private static final java.util.regex.Pattern FIGURE_LINE = java.util.regex.Pattern.compile(
            "(?:\\p{L}{1,10}[ \\u00A0])?[^\\s\\d:()\\[\\].]{0,3}\\d(?:[\\d,.]*\\d)?(?:[ \\u00A0]?[\\p{L}%]{1,8}){0,2}"
                    + "(?:[ \\u00A0](?:and|to)[ \\u00A0]\\d(?:[\\d,.]*\\d)?)?[ \\u00A0]*");

    /** The longest {@link #FIGURE_LINE}. */
    private static final int FIGURE_LINE_LENGTH = 24;

    /** Where the paragraph's first line ends when it is a figure alone with text under it, else -1. */
    static int figureLineEnd(String paragraph) {
        int end = paragraph.indexOf('\n');
        if (end <= 0 || end > FIGURE_LINE_LENGTH || end + 1 >= paragraph.length()
                || !Character.isLetter(paragraph.charAt(end + 1))) {
            return -1;
        }
        String line = paragraph.substring(0, end);
        return (line.endsWith(".") || !FIGURE_LINE.matcher(line.stripLeading()).matches()) ? -1 : end;
    }

    /**
     * Whether a paragraph of several lines was wrapped at a fixed width (plain-text mail, wire copy): every line but
     * the last nearly as long as the longest, none ending on a colon, none after the first opening an item or a turn.
     * A header's or a list's lines differ in length, and keep their breaks.
     */
    static boolean isHardWrapped(String paragraph) {
        String[] lines = paragraph.strip().split("\r?\n");
        if (lines.length < 2) {
            return false;
        }
        int longest = 0;
        for (String line : lines) {
            longest = Math.max(longest, line.strip().length());
        }
        if (longest < WRAP_WIDTH) {
            return false;
        }
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (i < lines.length - 1 && (line.length() < longest * 7 / 10 || line.endsWith(":"))) {
                return false;
            }
            if (i > 0 && LINE_OPENER.matcher(lines[i]).matches()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the piece is a dateline in capitals that opens a paragraph: "SKAGEN.", "NEW YORK.". */
    private static boolean isDateline(String text, int start, int end) {
        String piece = text.substring(start, end).strip();
        if (piece.length() < 3 || piece.length() > 30 || !piece.endsWith(".")) {
            return false;
        }
        for (int i = 0; i < piece.length() - 1; i++) {
            char c = piece.charAt(i);
            if (!(Character.isUpperCase(c) || c == ' ' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text before a break ends with a whole abbreviation or an initial ("Lt.", "J.", "U.S."). */
    private static boolean afterAbbreviation(String text, int end) {
        int dot = end - 1;
        while (dot >= 0 && isSpace(text.charAt(dot))) {
            dot--;
        }
        return dot > 0 && text.charAt(dot) == '.' && endsAbbreviation(text, dot);
    }

    private static void addTrimmed(List<Span> sentences, String text, int start, int end) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        while (end - start > MAX_SENTENCE) {
            int cut = start + MAX_SENTENCE;
            while (cut > start + MAX_SENTENCE / 2 && !isSpace(text.charAt(cut))) {
                cut--;
            }
            sentences.add(new Span(start, cut, text.substring(start, cut)));
            start = cut;
            while (start < end && isSpace(text.charAt(start))) {
                start++;
            }
        }
        if (end > start) {
            sentences.add(new Span(start, end, text.substring(start, end)));
        }
    }

    /**
     * Whether the period at {@code dot} ends an abbreviation rather than a sentence: one of the
     * titles above ("Rep.", "Lt.") or an initial ("U.S.", "J.").
     */
    public static boolean endsAbbreviation(String text, int dot) {
        int start = dot;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        String word = text.substring(start, dot + 1);
        if (word.length() == 2 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        if (ABBREVIATION_SET.contains(word)) {
            return true;
        }
        // "Lt.Gen." ends with ".Gen.": a dotted run ending in an abbreviation of more than two characters
        for (int i = word.indexOf('.'); i >= 0 && i < word.length() - 1; i = word.indexOf('.', i + 1)) {
            if (word.length() - i - 1 > 2 && ABBREVIATION_SET.contains(word.substring(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> ABBREVIATION_SET = java.util.Set.of(ABBREVIATIONS);

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
