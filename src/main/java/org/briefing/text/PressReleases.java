package org.briefing.text;

import java.util.regex.Pattern;

/** The line that makes a document a press release, for ingest (whose release?) and extraction (whose figures?). */
public final class PressReleases {

    /** "FOR IMMEDIATE RELEASE", "NEWS RELEASE", "Press release — 3 March 2026". */
    private static final Pattern LINE = Pattern.compile("(?i)(?:for[\\s\\u00A0]+immediate[\\s\\u00A0]+release"
            + "|(?:press|news|media)[\\s\\u00A0]+release)\\b.{0,40}");

    /** How far into a document its release line may stand. */
    private static final int HEAD = 600;

    private PressReleases() {
    }

    /** Whether the line, without its surrounding white space, says the document is a press release. */
    public static boolean isReleaseLine(String line) {
        return LINE.matcher(line.strip()).matches();
    }

    /** Whether one of the document's first lines says it is a press release. */
    public static boolean opensAsRelease(String text) {
        String head = text.substring(0, Math.min(text.length(), HEAD));
        if (!Lower.of(head).contains("release")) {
            return false;
        }
        for (String line : head.split("\n")) {
            if (isReleaseLine(line)) {
                return true;
            }
        }
        return false;
    }
}
