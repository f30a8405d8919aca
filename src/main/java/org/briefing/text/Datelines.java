package org.briefing.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wire story's dateline and the agency it credits ("SEOUL, Oct 18 (Reuters) -"), for ingest (who
 * published it? when?) and extraction (whose copy does an outlet carry?).
 */
public final class Datelines {

    /** A dateline's place at a paragraph's start: "SEOUL,", "LAHORE, Pakistan,". */
    public static final String PLACE = "^\\p{Lu}[\\p{Lu} .'/-]{1,40},(?:\\s*\\p{Lu}\\p{Ll}[\\p{L} .'-]{1,30},)?";

    /**
     * "SEOUL, Oct 18 (Reuters) -", "HONG KONG/KYIV, March 10 (Reuters) -", "MOSCOW, October 20.
     * /TASS/.", "KYIV (AFP) -", and the agency style without brackets, "SEOUL, Feb. 27 Kyodo -".
     */
    private static final Pattern CREDITED = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'/-]{1,40}(?:(?:,[^()\\n/]{1,30})?[\\s.]*(?:\\(([\\p{L}][\\p{L} .&-]{1,30})\\)|/([\\p{L}][\\p{L} .&-]{1,30})/)"
                    + "|,\\s*\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}\\s+(\\p{Lu}[\\p{L}&-]+(?:\\s\\p{Lu}[\\p{L}&-]+)?))\\s*[-–—.:]");

    private Datelines() {
    }

    /** A dateline that credits an agency, at the head of a paragraph: the dateline and the agency's name. */
    public record Credit(String dateline, String agency) {
    }

    /**
     * The credit of the dateline the paragraph opens with, or null. "REPORTER (Kyodo News):" is a
     * transcript's speaker label, not a dateline: a credit in brackets before a colon names the asker's outlet.
     */
    public static Credit credit(String head) {
        Matcher dateline = CREDITED.matcher(head);
        if (!dateline.find() || (dateline.group(1) != null && dateline.group().endsWith(":"))) {
            return null;
        }
        String agency = (dateline.group(1) != null) ? dateline.group(1) : (dateline.group(2) != null) ? dateline.group(2) : dateline.group(3);
        return new Credit(dateline.group(), agency);
    }
}
