package org.briefing.ingest;

import java.util.regex.Pattern;

import org.briefing.domain.BlockKind;

/** Small shared rules about blocks of text. */
final class Blocks {

    private static final Pattern BULLET = Pattern.compile("^\\s*[•·▪◦‣●○■□–—*-]\\s+.*");

    private static final Pattern CLOSING = Pattern.compile(".*[.!?:;\"”»…)]\\s*$", Pattern.DOTALL);

    static final int HEADING_MAX_WORDS = 12;

    private Blocks() {
    }

    /** A line of short items between bars: a site's section navigation or a header's fields. */
    private static final java.util.regex.Pattern NAVIGATION = java.util.regex.Pattern
        .compile("[^|]{1,40}(?:\\s\\|\\s[^|]{1,40}){2,}");

    private static final java.util.regex.Pattern BYLINE = java.util.regex.Pattern.compile("(?i)by\\s+\\p{L}");

    /**
     * "Just In | World | Asia", "NUMBER 131 | 1st SESSION | 44th PARLIAMENT"; not a byline's fields
     * ("By Nadia Karimi | Tidewater Review | May 20, 2025"), which a headline in capitals may stand above.
     */
    static boolean isNavigation(String line) {
        return NAVIGATION.matcher(line).matches() && !BYLINE.matcher(line).lookingAt();
    }

    static boolean isBullet(String line) {
        return BULLET.matcher(line).matches();
    }

    /** A short line without closing punctuation is a heading; anything else running text. */
    static BlockKind kindOf(String block) {
        boolean isShort = words(block, HEADING_MAX_WORDS) <= HEADING_MAX_WORDS;
        return (isShort && !CLOSING.matcher(block).matches()) ? BlockKind.HEADING : BlockKind.BODY;
    }

    /**
     * The number of words, counted up to {@code atMost + 1}: the callers compare it with small
     * limits, and a paragraph of running text need not be counted to its end.
     */
    static int words(String text, int atMost) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length() && words <= atMost; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    /**
     * The text with each run of white space (ASCII white space or no-break space) made one space,
     * trimmed: what {@code replaceAll("[\\s\\u00A0]+", " ").trim()} gives, without a pattern, as it
     * runs on every block.
     */
    static String oneLine(String text) {
        StringBuilder line = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0') {
                space = true;
                continue;
            }
            if (space && line.length() > 0) {
                line.append(' ');
            }
            space = false;
            line.append(c);
        }
        return line.toString().trim();
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
